package id.nusatrade.workers;

import id.nusatrade.workers.engine.WorkflowEngineProbe;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real Zeebe 8.6 broker (the camunda-zeebe tar.gz unpacked by the build) as a child process:
 * every socket on 127.0.0.1 and a free port, data in a temporary directory, run by the JDK that
 * runs the test. Minimal test-scope twin of the launcher's ZeebeBroker.
 */
final class ZeebeBrokerProcess implements AutoCloseable {
  private final Process process;
  private final Path log;
  private final int grpcPort;
  private final int restPort;

  private ZeebeBrokerProcess(Process process, Path log, int grpcPort, int restPort) {
    this.process = process;
    this.log = log;
    this.grpcPort = grpcPort;
    this.restPort = restPort;
  }

  static ZeebeBrokerProcess start(Path home, Path dataDir, Path log) throws IOException {
    List<Integer> ports = freePorts(5);
    ProcessBuilder builder =
        new ProcessBuilder("sh", home.resolve("bin/broker").toString())
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS", "-Xms128m -Xmx512m");
    env.put("ZEEBE_BROKER_NETWORK_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_NETWORK_ADVERTISEDHOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_HOST", "127.0.0.1");
    env.put("SERVER_ADDRESS", "127.0.0.1");
    env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_PORT", ports.get(0).toString());
    env.put("ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT", ports.get(1).toString());
    env.put("ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT", ports.get(2).toString());
    env.put("SERVER_PORT", ports.get(3).toString());
    env.put("MANAGEMENT_SERVER_PORT", ports.get(4).toString());
    env.put("ZEEBE_BROKER_DATA_DIRECTORY", dataDir.toString());
    env.put("ZEEBE_BROKER_DATA_LOGSEGMENTSIZE", "16MB");
    env.put("ZEEBE_BROKER_DATA_DISK_FREESPACE_PROCESSING", "512MB");
    env.put("ZEEBE_BROKER_DATA_DISK_FREESPACE_REPLICATION", "256MB");
    env.put("ZEEBE_BROKER_THREADS_CPUTHREADCOUNT", "1");
    env.put("ZEEBE_BROKER_THREADS_IOTHREADCOUNT", "1");
    return new ZeebeBrokerProcess(builder.start(), log, ports.get(0), ports.get(3));
  }

  URI grpcAddress() {
    return URI.create("http://127.0.0.1:" + grpcPort);
  }

  URI restAddress() {
    return URI.create("http://127.0.0.1:" + restPort);
  }

  /** Polls the probe until every partition has a healthy leader; fails early if the broker dies. */
  Duration awaitReady(WorkflowEngineProbe probe, Duration timeout) throws IOException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (!probe.check().up()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "broker not ready (alive=" + process.isAlive() + "); log tail:\n" + tail());
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** Stops the broker and anything it started, by PID: gently first, then forcibly. */
  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> descendants = process.toHandle().descendants().toList();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
  }
}

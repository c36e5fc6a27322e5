package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A gateway in its own JVM on the test's class path, for kill -9 tests: started and waited for
 * until its "listening" line, with the log lines printed before it (journal recovery) kept, its
 * standard input open for a main class that reads commands, and killed with SIGKILL (no shutdown
 * hook runs) or stopped.
 */
final class GatewayProcess implements AutoCloseable {
  private final Process process;
  private final List<String> startupLog;
  private final PrintWriter in;

  private GatewayProcess(Process process, List<String> startupLog) {
    this.process = process;
    this.startupLog = startupLog;
    this.in =
        new PrintWriter(process.getOutputStream(), true, StandardCharsets.US_ASCII); // autoflush
  }

  /**
   * A gateway on {@code port} and {@code journal} with one terminal ({@code TENANT:ACCOUNT:KEY}),
   * no tick age limit (replayed data is old), events to {@code artemisUrl} ({@code none}: no bus).
   */
  static GatewayProcess start(
      Class<?> mainClass, int port, Path journal, String terminal, String artemisUrl)
      throws Exception {
    return start(
        mainClass,
        "--port",
        String.valueOf(port),
        "--journal",
        journal.toString(),
        "--max-tick-age",
        "0",
        "--terminal",
        terminal,
        "--artemis-url",
        artemisUrl);
  }

  /** Starts {@code mainClass} with {@code args} and waits for its "gateway listening" line. */
  static GatewayProcess start(Class<?> mainClass, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> log = new ArrayList<>();
    String line = out.readLine();
    while (line != null && !line.startsWith("gateway listening") && log.size() < 100) {
      log.add(line); // log lines (journal recovery) come before the listening line
      line = out.readLine();
    }
    if (line == null || !line.startsWith("gateway listening")) {
      p.destroyForcibly().waitFor();
    }
    assertThat(line).as("gateway start: " + log).startsWith("gateway listening");
    Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
    drain.setDaemon(true);
    drain.start();
    return new GatewayProcess(p, log);
  }

  /** What the gateway logged before it listened. */
  List<String> startupLog() {
    return startupLog;
  }

  /** One line to the gateway's standard input. */
  void send(String line) {
    in.println(line);
  }

  /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

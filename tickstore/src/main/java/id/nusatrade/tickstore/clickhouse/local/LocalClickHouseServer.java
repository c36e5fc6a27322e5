package id.nusatrade.tickstore.clickhouse.local;

import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A private clickhouse-server child process. Start it with {@link #start}, close it to stop it (by
 * its PID) and delete its data. A JVM shutdown hook stops it too, so a killed test run does not
 * leave a server behind.
 */
public final class LocalClickHouseServer implements AutoCloseable {
  private final Process process;
  private final int httpPort;
  private final int tcpPort;
  private final Path configDir;
  private final Path dataDir;
  private final Thread shutdownHook;

  private LocalClickHouseServer(
      Process process, int httpPort, int tcpPort, Path configDir, Path dataDir) {
    this.process = process;
    this.httpPort = httpPort;
    this.tcpPort = tcpPort;
    this.configDir = configDir;
    this.dataDir = dataDir;
    this.shutdownHook = new Thread(process::destroyForcibly, "clickhouse-stop-" + process.pid());
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts a server with its config in {@code configDir} and its data in {@code dataDir}, and waits
   * until it answers /ping.
   *
   * @throws IllegalStateException if ClickHouse is not installed or does not come up in time
   */
  public static LocalClickHouseServer start(Path configDir, Path dataDir, Duration timeout) {
    try {
      return launch(configDir, dataDir, timeout);
    } catch (RuntimeException e) {
      Directories.deleteRecursively(dataDir); // the data dir is ours from here on, even on failure
      throw e;
    }
  }

  private static LocalClickHouseServer launch(Path configDir, Path dataDir, Duration timeout) {
    List<String> command = new ArrayList<>(ClickHouseInstallation.serverCommand());
    int[] ports = FreePorts.loopback(2);
    try {
      Path config = ClickHouseConfigFiles.write(configDir, dataDir, ports[0], ports[1]);
      command.add("--config-file=" + config.toAbsolutePath());
      Process process =
          new ProcessBuilder(command)
              .directory(configDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(configDir.resolve("stdout.log").toFile())
              .start();
      var server = new LocalClickHouseServer(process, ports[0], ports[1], configDir, dataDir);
      try {
        ServerReadiness.await(server, timeout);
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + command, e);
    }
  }

  public int httpPort() {
    return httpPort;
  }

  public int tcpPort() {
    return tcpPort;
  }

  public long pid() {
    return process.pid();
  }

  Process process() {
    return process;
  }

  Path configDir() {
    return configDir;
  }

  /** JDBC URL (HTTP interface) of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:clickhouse://127.0.0.1:" + httpPort + "/" + database;
  }

  /** Creates {@code name} if missing and returns a DataSource on it (legacy driver, HTTP). */
  public DataSource database(String name) {
    return ClickHouseDataSources.ensureDatabase(jdbcUrl(name));
  }

  /** clickhouse-client pointed at this server, followed by {@code args}. */
  public List<String> clientCommand(String... args) {
    List<String> command = new ArrayList<>(ClickHouseInstallation.clientCommand());
    command.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(tcpPort)));
    command.addAll(List.of(args));
    return command;
  }

  @Override
  public void close() {
    ServerReadiness.stop(process, Duration.ofSeconds(20));
    Runtime.getRuntime().removeShutdownHook(shutdownHook);
    Directories.deleteRecursively(dataDir);
  }
}

package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standalone Zeebe broker (with its embedded gRPC gateway) from the camunda-zeebe distribution,
 * run as a child process with its partition data under the state dir. No Elasticsearch: the one
 * exporter is our process-history exporter (module workflow-history), installed into the
 * distribution's {@code exporters/} folder and configured to write into the platform's PostgreSQL
 * as the schema owner (docs/workflows.md).
 */
public final class ZeebeBroker implements Component {
  /** The exporter id in the broker's configuration ({@code zeebe.broker.exporters.history}). */
  public static final String HISTORY_EXPORTER_ID = "history";

  static final String HISTORY_EXPORTER_CLASS = "id.nusatrade.history.exporter.HistoryExporter";
  static final String HISTORY_EXPORTER_JAR =
      "workflow-history/target/workflow-history-exporter.jar";

  private final LauncherConfig config;
  private volatile ChildProcess process;
  private String commandFragment;

  public ZeebeBroker(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "zeebe";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.ZEEBE_EXTERNAL_ADDRESS).isPresent();
  }

  /** gRPC address in the form the Camunda client takes, e.g. {@code http://127.0.0.1:26500}. */
  public String grpcAddress() {
    return config
        .optional(Setting.ZEEBE_EXTERNAL_ADDRESS)
        .orElse("http://127.0.0.1:" + config.port(Setting.ZEEBE_PORT));
  }

  public String restAddress() {
    return config
        .optional(Setting.ZEEBE_EXTERNAL_REST_ADDRESS)
        .orElse(isExternal() ? "" : "http://127.0.0.1:" + config.port(Setting.ZEEBE_REST_PORT));
  }

  public String readinessUrl() {
    return "http://127.0.0.1:"
        + config.port(Setting.ZEEBE_MONITORING_PORT)
        + "/actuator/health/readiness";
  }

  @Override
  public void start() {
    if (isExternal() || process != null) {
      return;
    }
    Ports.requireFree(
        name(),
        config,
        Setting.ZEEBE_PORT,
        Setting.ZEEBE_COMMAND_PORT,
        Setting.ZEEBE_INTERNAL_PORT,
        Setting.ZEEBE_MONITORING_PORT,
        Setting.ZEEBE_REST_PORT);
    Path home = distribution().unpackInto(config.stateDir().resolve("zeebe"), name(), config);
    commandFragment = home.toString();
    Path log = config.stateDir().resolve("logs/zeebe.log");
    Map<String, String> env = environment();
    env.putAll(historyExporter(home));
    process =
        ChildProcess.start(name(), List.of(home.resolve("bin/broker").toString()), env, home, log);
    Progress.note(name(), "started pid " + process.pid() + ", log " + log);
    Readiness.await(
        name(), config.startupTimeout(), () -> Http.status(readinessUrl()) == 200, process);
  }

  @Override
  public void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(60)); // snapshot + journal flush is slow on a busy box
      process = null;
    }
  }

  @Override
  public boolean isRunning() {
    ChildProcess running = process;
    return running == null || running.isAlive();
  }

  @Override
  public String exitDescription() {
    ChildProcess running = process;
    return running == null ? "stopped" : "pid " + running.pid() + " " + running.exitDescription();
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of("ZEEBE_GRPC_ADDRESS", grpcAddress(), "ZEEBE_REST_ADDRESS", restAddress());
  }

  @Override
  public String describe() {
    return "gRPC " + grpcAddress() + (restAddress().isEmpty() ? "" : ", REST " + restAddress());
  }

  @Override
  public List<RecordedProcess> processes() {
    return process == null
        ? List.of()
        : List.of(new RecordedProcess(name(), process.pid(), commandFragment));
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS", "-Xms64m -Xmx768m");
    env.put("ZEEBE_BROKER_NETWORK_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_NETWORK_ADVERTISEDHOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_NETWORK_INTERNALAPI_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_NETWORK_COMMANDAPI_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_HOST", "127.0.0.1");
    env.put("ZEEBE_BROKER_GATEWAY_NETWORK_PORT", config.get(Setting.ZEEBE_PORT));
    env.put("ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT", config.get(Setting.ZEEBE_COMMAND_PORT));
    env.put("ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT", config.get(Setting.ZEEBE_INTERNAL_PORT));
    env.put("SERVER_ADDRESS", "127.0.0.1");
    env.put("SERVER_PORT", config.get(Setting.ZEEBE_REST_PORT));
    env.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
    env.put("MANAGEMENT_SERVER_PORT", config.get(Setting.ZEEBE_MONITORING_PORT));
    env.put("ZEEBE_BROKER_DATA_DIRECTORY", config.stateDir().resolve("zeebe/data").toString());
    // small segments and low free-space floors: a developer disk, not a production volume
    env.put("ZEEBE_BROKER_DATA_LOGSEGMENTSIZE", "16MB");
    env.put("ZEEBE_BROKER_DATA_DISK_FREESPACE_PROCESSING", "512MB");
    env.put("ZEEBE_BROKER_DATA_DISK_FREESPACE_REPLICATION", "256MB");
    env.put("ZEEBE_BROKER_THREADS_CPUTHREADCOUNT", "1");
    env.put("ZEEBE_BROKER_THREADS_IOTHREADCOUNT", "1");
    return env;
  }

  /**
   * Installs the process-history exporter jar into the distribution and configures it (through the
   * broker's environment); without a built jar the broker runs without history, and says so.
   */
  Map<String, String> historyExporter(Path home) {
    Path built = config.home().resolve(HISTORY_EXPORTER_JAR);
    if (!Files.isRegularFile(built)) {
      Progress.note(
          name(),
          "no process history: "
              + built
              + " is not built (./mvnw -B -DskipTests -pl workflow-history -am package)");
      return Map.of();
    }
    Path installed = home.resolve("exporters/nusatrade-history-exporter.jar");
    try {
      Files.createDirectories(installed.getParent());
      Files.copy(built, installed, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("zeebe: cannot install the history exporter", e);
    }
    String prefix = "ZEEBE_BROKER_EXPORTERS_HISTORY_"; // HISTORY_EXPORTER_ID
    return Map.of(
        prefix + "CLASSNAME", HISTORY_EXPORTER_CLASS,
        prefix + "JARPATH", installed.toString(),
        prefix + "ARGS_URL", new EmbeddedPostgres(config).jdbcUrl(),
        prefix + "ARGS_USER", config.get(Setting.DB_OWNER_USER),
        prefix + "ARGS_PASSWORD", config.get(Setting.DB_OWNER_PASSWORD));
  }

  private static Distribution distribution() {
    return new Distribution(
        "io.camunda",
        "camunda-zeebe",
        Distribution.pinnedVersion("zeebe.broker.version"),
        "tar.gz");
  }
}

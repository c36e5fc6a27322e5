package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.tickstore.TickStores;
import id.nusatrade.tickstore.clickhouse.ClickHouseDataSources;
import id.nusatrade.tickstore.clickhouse.ClickHouseSchema;
import id.nusatrade.tickstore.clickhouse.local.ClickHouseConfigFiles;
import id.nusatrade.tickstore.clickhouse.local.ClickHouseInstallation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ClickHouse tick store when {@code --tick-store=clickhouse}: Debian's {@code
 * clickhouse-server} as a child process on 127.0.0.1 with its config and data under {@code
 * <state>/clickhouse}, or the server at {@code --clickhouse-url}. Either way its database and
 * tables exist before the gateway writes. With the PostgreSQL tick store (the default) it does
 * nothing.
 */
public final class ClickHouseServer implements Component {
  static final String DATABASE = "nusatrade";

  private final LauncherConfig config;
  private volatile ChildProcess process;

  public ClickHouseServer(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "clickhouse";
  }

  /** Whether this run keeps its market data in ClickHouse at all. */
  public boolean isUsed() {
    return TickStores.Kind.parse(config.get(Setting.TICK_STORE)) == TickStores.Kind.CLICKHOUSE;
  }

  @Override
  public boolean isExternal() {
    return !isUsed() || config.optional(Setting.CLICKHOUSE_URL).isPresent();
  }

  /** JDBC URL of the tick-store database (the local server's or the configured one). */
  public String jdbcUrl() {
    return config
        .optional(Setting.CLICKHOUSE_URL)
        .orElse(
            "jdbc:clickhouse://127.0.0.1:" + config.port(Setting.CLICKHOUSE_PORT) + "/" + DATABASE);
  }

  Path home() {
    return config.stateDir().resolve("clickhouse");
  }

  @Override
  public synchronized void start() {
    if (!isUsed()) {
      return;
    }
    if (!isExternal() && process == null) {
      startLocal();
    }
    try {
      ClickHouseSchema.create(ClickHouseDataSources.ensureDatabase(jdbcUrl()));
    } catch (RuntimeException e) {
      stop();
      throw new StartupException("clickhouse: cannot create the tick-store tables: " + e, e);
    }
  }

  private void startLocal() {
    Ports.requireFree(name(), config, Setting.CLICKHOUSE_PORT, Setting.CLICKHOUSE_TCP_PORT);
    LeftoverClickHouse.stopIfRunning(home());
    List<String> command = new ArrayList<>(serverCommand());
    try {
      Path file =
          ClickHouseConfigFiles.write(
              home(),
              home().resolve("data"),
              config.port(Setting.CLICKHOUSE_PORT),
              config.port(Setting.CLICKHOUSE_TCP_PORT));
      command.add("--config-file=" + file);
    } catch (IOException e) {
      throw new StartupException("clickhouse: cannot write its config in " + home(), e);
    }
    Path log = config.stateDir().resolve("logs/clickhouse.log");
    process = ChildProcess.start(name(), command, Map.of(), home(), log);
    Progress.note(name(), "started pid " + process.pid() + ", log " + log);
    String ping = "http://127.0.0.1:" + config.port(Setting.CLICKHOUSE_PORT) + "/ping";
    Readiness.await(name(), config.startupTimeout(), () -> Http.status(ping) == 200, process);
  }

  private static List<String> serverCommand() {
    try {
      return ClickHouseInstallation.serverCommand();
    } catch (IllegalStateException notInstalled) {
      throw new StartupException(
          "clickhouse: "
              + notInstalled.getMessage()
              + " Or run scripts/prerequisites.sh, give --clickhouse-url, or use"
              + " --tick-store=postgres.",
          notInstalled);
    }
  }

  @Override
  public synchronized void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(30));
      process = null;
    }
  }

  @Override
  public Map<String, String> libertyEnv() {
    return isUsed()
        ? Map.of(TickStores.KIND_ENV, "clickhouse", TickStores.CLICKHOUSE_URL_ENV, jdbcUrl())
        : Map.of(TickStores.KIND_ENV, "postgres");
  }

  @Override
  public String describe() {
    return isUsed() ? jdbcUrl() + "  (tick store)" : "not used (tick store on PostgreSQL)";
  }

  @Override
  public List<RecordedProcess> processes() {
    ChildProcess p = process;
    return p == null
        ? List.of()
        : List.of(new RecordedProcess(name(), p.pid(), home().resolve("config.xml").toString()));
  }
}

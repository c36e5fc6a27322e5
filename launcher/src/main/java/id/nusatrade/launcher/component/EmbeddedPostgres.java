package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.GeneratedSecrets;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL (zonky binaries) with a persistent data directory under the state dir, a fixed port
 * and fsync on, so it can be the platform's real database. Every login needs a password (SCRAM, see
 * {@link PasswordAuthentication}); the superuser's, the owner's and the application role's are
 * generated into {@code <state dir>/credentials.properties} unless set. Creates the {@code
 * nusatrade} database, its owner role and the non-owner application role that row-level security
 * applies to.
 */
public final class EmbeddedPostgres implements Component {
  public static final String DATABASE = "nusatrade";

  private final LauncherConfig config;
  private volatile io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private volatile long postmasterPid = -1;

  public EmbeddedPostgres(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.PG_EXTERNAL_URL).isPresent();
  }

  public String jdbcUrl() {
    return config
        .optional(Setting.PG_EXTERNAL_URL)
        .orElse("jdbc:postgresql://127.0.0.1:" + config.port(Setting.PG_PORT) + "/" + DATABASE);
  }

  public Path dataDirectory() {
    return config.stateDir().resolve("postgres/data");
  }

  @Override
  public void start() {
    if (isExternal() || server != null) {
      return;
    }
    LeftoverPostmaster.stopIfRunning(dataDirectory());
    Ports.requireFree(name(), config, Setting.PG_PORT);
    Path pwfile = null;
    try {
      Path log = config.stateDir().resolve("logs/postgres.log");
      Files.createDirectories(log.getParent());
      Files.createDirectories(dataDirectory());
      String superuserPassword = superuserPassword();
      var builder =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory())
              .setCleanDataDirectory(false)
              .setPort(config.port(Setting.PG_PORT))
              .setPGStartupWait(config.startupTimeout())
              .setOutputRedirector(Redirect.appendTo(log.toFile()))
              .setErrorRedirector(Redirect.appendTo(log.toFile()))
              // zonky's own readiness probe logs in as the superuser: with its password
              .setConnectConfig("password", superuserPassword)
              // zonky's defaults trade durability for test speed; this is the app's real store
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("max_connections", "100");
      if (!Files.exists(dataDirectory().resolve("postgresql.conf"))) {
        // only initdb reads these ("locale" options become initdb's --key=value arguments)
        pwfile =
            PasswordAuthentication.passwordFile(
                config.stateDir().resolve("postgres"), superuserPassword);
        builder
            .setLocaleConfig("auth", PasswordAuthentication.METHOD)
            .setLocaleConfig("pwfile", pwfile.toString());
      }
      server = builder.start();
      postmasterPid = LeftoverPostmaster.pid(dataDirectory()).orElse(-1L);
      if (PasswordAuthentication.trusts(dataDirectory())) {
        try (Connection superuser = superuser("postgres")) {
          PasswordAuthentication.enforce(dataDirectory(), superuser, superuserPassword);
        }
        Progress.note(name(), "switched from trust to " + PasswordAuthentication.METHOD);
      }
      new PostgresBootstrap(config, this).ensureDatabaseAndRoles();
    } catch (IOException | SQLException e) {
      stop();
      throw new StartupException("postgres: " + e.getMessage() + " (see logs/postgres.log)", e);
    } finally {
      deleteQuietly(pwfile);
    }
  }

  /** The superuser's password, generated once per state folder (see GeneratedSecrets). */
  public String superuserPassword() {
    return config.secrets().value(GeneratedSecrets.PG_SUPERUSER_PASSWORD);
  }

  /** A superuser connection to {@code database} of the embedded server; the caller closes it. */
  Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + config.port(Setting.PG_PORT) + "/" + database,
        "postgres",
        superuserPassword());
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        Progress.note("postgres", "could not delete " + file + ": " + e.getMessage());
      }
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        Progress.note(name(), "stop failed: " + e.getMessage());
      }
      server = null;
      postmasterPid = -1;
    }
  }

  /**
   * The postmaster is not our child (pg_ctl detaches it), so its exit code is not ours to read;
   * alive means its PID from {@code postmaster.pid} at start is still a running process.
   */
  @Override
  public boolean isRunning() {
    return server == null || postmasterPid < 0 || ProcessTrees.isAlive(postmasterPid);
  }

  @Override
  public String exitDescription() {
    return "postmaster pid "
        + postmasterPid
        + " is gone (not our child: its exit code is in logs/postgres.log)";
  }

  /** A connection for the given role; the caller closes it. */
  public Connection connect(String user, String password) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user, password);
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "DB_URL", jdbcUrl(),
        "DB_APP_USER", config.get(Setting.DB_APP_USER),
        "DB_APP_PASSWORD", config.get(Setting.DB_APP_PASSWORD),
        "DB_OWNER_USER", config.get(Setting.DB_OWNER_USER),
        "DB_OWNER_PASSWORD", config.get(Setting.DB_OWNER_PASSWORD));
  }

  @Override
  public String describe() {
    return jdbcUrl()
        + "  (owner "
        + config.get(Setting.DB_OWNER_USER)
        + ", app "
        + config.get(Setting.DB_APP_USER)
        + ")";
  }

  @Override
  public List<RecordedProcess> processes() {
    return server == null
        ? List.of()
        : LeftoverPostmaster.pid(dataDirectory())
            .map(pid -> List.of(new RecordedProcess(name(), pid, dataDirectory().toString())))
            .orElse(List.of());
  }
}

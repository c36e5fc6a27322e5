package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.launcher.config.GeneratedSecrets;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {
  @TempDir Path state;

  @Test
  void appRoleIsBoundByRowSecurityAndDataSurvivesRestart() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    try {
      postgres.start();
      try (Connection owner =
          postgres.connect("nusatrade_owner", config.get(Setting.DB_OWNER_PASSWORD))) {
        assertThat(single(owner, "SHOW fsync")).isEqualTo("on");
        assertThat(single(owner, "SELECT current_database()")).isEqualTo("nusatrade");
        createTenantTable(owner);
      }
      assertThat(visibleTenants(postgres, config, "A")).containsExactly("A");

      postgres.stop();
      postgres.start(); // same data directory
      assertThat(visibleTenants(postgres, config, "B")).containsExactly("B");
      try (Connection app =
          postgres.connect("nusatrade_app", config.get(Setting.DB_APP_PASSWORD))) {
        assertThat(
                single(app, "SELECT rolbypassrls::text FROM pg_roles WHERE rolname = current_user"))
            .isEqualTo("false");
        assertThat(
                single(
                    app,
                    "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'nusatrade'"))
            .isEqualTo("nusatrade_owner");
      }
    } finally {
      postgres.stop();
    }
  }

  @Test
  void leftoverPostmasterOfAKilledLauncherIsStoppedByPidAndReplaced() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    Process holder = PostgresHolder.spawn(config);
    long leftover = PostgresHolder.awaitPostmaster(holder, config);
    holder.destroyForcibly(); // like kill -9 of the launcher: the postmaster lives on
    holder.waitFor();
    assertThat(ProcessTrees.isAlive(leftover)).isTrue();

    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    try {
      postgres.start();
      assertThat(ProcessTrees.isAlive(leftover)).isFalse();
      assertThat(postgres.processes())
          .singleElement()
          .extracting(RecordedProcess::pid)
          .isNotEqualTo(leftover);
      try (Connection app =
          postgres.connect("nusatrade_app", config.get(Setting.DB_APP_PASSWORD))) {
        assertThat(single(app, "SELECT 1")).isEqualTo("1");
      }
    } finally {
      postgres.stop();
      ProcessHandle.of(leftover).ifPresent(h -> ProcessTrees.stop(h, Duration.ofSeconds(5)));
    }
  }

  @Test
  void everyLoginNeedsItsPasswordAndTheGeneratedOnesAreKeptPrivately() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    try {
      postgres.start();
      assertNoPasswordRefused(postgres, config);
      Path credentials = state.resolve(GeneratedSecrets.FILE);
      assertThat(Files.getPosixFilePermissions(credentials))
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      assertThat(Files.readString(credentials))
          .contains(GeneratedSecrets.PG_SUPERUSER_PASSWORD + "=" + postgres.superuserPassword())
          .contains("DB_APP_PASSWORD=" + config.get(Setting.DB_APP_PASSWORD));
      assertThat(config.get(Setting.DB_APP_PASSWORD)).hasSize(32).isNotEqualTo("nusatrade_app");
      try (Connection superuser = postgres.superuser("nusatrade")) {
        assertThat(single(superuser, "SELECT 1")).isEqualTo("1");
      }
    } finally {
      postgres.stop();
    }
  }

  @Test
  void aClusterAnOlderLauncherMadeWithTrustIsSwitchedToPasswords() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    Path data = new EmbeddedPostgres(config).dataDirectory();
    Files.createDirectories(data);
    // what the launcher did before: zonky's initdb -A trust, kept data directory
    try (var old =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(config.port(Setting.PG_PORT))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start()) {
      try (Connection open =
          DriverManager.getConnection(jdbc(config, "postgres"), "postgres", "")) {
        assertThat(single(open, "SELECT 1")).isEqualTo("1"); // trust: no password at all
      }
    }
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    try {
      postgres.start();
      assertThat(Files.readString(data.resolve("pg_hba.conf")))
          .doesNotContainPattern("(?m)^[^#]*trust");
      assertNoPasswordRefused(postgres, config);
      postgres.stop();
      postgres.start(); // and it stays so
      assertNoPasswordRefused(postgres, config);
    } finally {
      postgres.stop();
    }
  }

  /** Superuser, owner and app role: no password and a wrong one are refused, over TCP and psql. */
  private static void assertNoPasswordRefused(EmbeddedPostgres postgres, LauncherConfig config)
      throws Exception {
    for (String user : List.of("postgres", "nusatrade_owner", "nusatrade_app")) {
      for (String password : List.of("", "wrong")) {
        assertThatThrownBy(
                () ->
                    DriverManager.getConnection(jdbc(config, "nusatrade"), user, password).close())
            .as("%s with password '%s'", user, password)
            .isInstanceOf(SQLException.class)
            .hasMessageMatching(
                "(?s).*(password authentication failed|requested SCRAM-based authentication).*");
      }
    }
    try (Connection app = postgres.connect("nusatrade_app", config.get(Setting.DB_APP_PASSWORD))) {
      assertThat(single(app, "SELECT 1")).isEqualTo("1");
    }
    Path psql = Path.of("/usr/bin/psql");
    if (Files.isExecutable(psql)) { // the Debian client, when the machine has it
      ProcessBuilder pb =
          new ProcessBuilder(
                  psql.toString(),
                  "-w",
                  "-h",
                  "127.0.0.1",
                  "-p",
                  config.get(Setting.PG_PORT),
                  "-U",
                  "postgres",
                  "-d",
                  "nusatrade",
                  "-c",
                  "select 1")
              .redirectErrorStream(true);
      pb.environment().remove("PGPASSWORD");
      pb.environment().put("PGPASSFILE", "/dev/null");
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).as(output).isNotZero();
      assertThat(output).containsAnyOf("no password supplied", "password authentication failed");
    }
  }

  private static String jdbc(LauncherConfig config, String database) {
    return "jdbc:postgresql://127.0.0.1:" + config.get(Setting.PG_PORT) + "/" + database;
  }

  private static void createTenantTable(Connection owner) throws SQLException {
    try (Statement s = owner.createStatement()) {
      s.execute("CREATE TABLE note (tenant text NOT NULL, body text)");
      s.execute("ALTER TABLE note ENABLE ROW LEVEL SECURITY");
      s.execute("CREATE POLICY by_tenant ON note USING (tenant = current_setting('app.tenant'))");
      s.execute("INSERT INTO note VALUES ('A', 'a'), ('B', 'b')");
    }
  }

  private static List<String> visibleTenants(
      EmbeddedPostgres postgres, LauncherConfig config, String tenant) throws SQLException {
    try (Connection app = postgres.connect("nusatrade_app", config.get(Setting.DB_APP_PASSWORD));
        Statement s = app.createStatement()) {
      s.execute("SET app.tenant = '" + tenant + "'");
      List<String> tenants = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT tenant FROM note")) {
        while (rs.next()) {
          tenants.add(rs.getString(1));
        }
      }
      return tenants;
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Path;
import java.sql.Connection;
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
      try (Connection owner = postgres.connect("nusatrade_owner", "nusatrade_owner")) {
        assertThat(single(owner, "SHOW fsync")).isEqualTo("on");
        assertThat(single(owner, "SELECT current_database()")).isEqualTo("nusatrade");
        createTenantTable(owner);
      }
      assertThat(visibleTenants(postgres, "A")).containsExactly("A");

      postgres.stop();
      postgres.start(); // same data directory
      assertThat(visibleTenants(postgres, "B")).containsExactly("B");
      try (Connection app = postgres.connect("nusatrade_app", "nusatrade_app")) {
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
      try (Connection app = postgres.connect("nusatrade_app", "nusatrade_app")) {
        assertThat(single(app, "SELECT 1")).isEqualTo("1");
      }
    } finally {
      postgres.stop();
      ProcessHandle.of(leftover).ifPresent(h -> ProcessTrees.stop(h, Duration.ofSeconds(5)));
    }
  }

  private static void createTenantTable(Connection owner) throws SQLException {
    try (Statement s = owner.createStatement()) {
      s.execute("CREATE TABLE note (tenant text NOT NULL, body text)");
      s.execute("ALTER TABLE note ENABLE ROW LEVEL SECURITY");
      s.execute("CREATE POLICY by_tenant ON note USING (tenant = current_setting('app.tenant'))");
      s.execute("INSERT INTO note VALUES ('A', 'a'), ('B', 'b')");
    }
  }

  private static List<String> visibleTenants(EmbeddedPostgres postgres, String tenant)
      throws SQLException {
    try (Connection app = postgres.connect("nusatrade_app", "nusatrade_app");
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

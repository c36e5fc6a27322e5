package id.nusatrade.gateway.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapter against a real PostgreSQL with the real migrations (row-level security on
 * mt5_terminal included), read as a non-owner application role like production, behind a gateway.
 */
class JdbcTerminalDirectoryIT {
  static final TenantId TENANT = TenantId.of("3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98");
  static final TenantId OTHER = TenantId.of("5d4c3b2a-1f0e-4d9c-8b7a-6e5d4c3b2a10");
  static final Path MIGRATIONS = Path.of("../liberty-server/src/main/resources/db/migration");
  static final String APP = "gateway_app";
  static EmbeddedPostgres postgres;
  static DataSource ds;

  @BeforeAll
  static void database() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    DataSource superuser = postgres.getPostgresDatabase();
    try (Connection c = superuser.getConnection()) {
      c.createStatement().execute("create role " + APP + " login password 'app' nobypassrls");
      for (String file :
          List.of(
              "V1__subscription_tiers.sql",
              "V2__tenants_and_users.sql",
              "V3__tenant_row_level_security.sql",
              "V10__mt5_terminals.sql",
              "V11__mt5_terminal_app_grant.sql",
              "V31__mt5_terminal_row_level_security.sql")) {
        c.createStatement()
            .execute(Files.readString(MIGRATIONS.resolve(file)).replace("${appRole}", APP));
      }
      insert(c, TENANT, 111, "good-key", true);
      insert(c, TENANT, 222, "other-key", false);
      insert(c, OTHER, 333, "their-key", true);
    }
    ds = postgres.getDatabase(APP, "postgres", java.util.Map.of("password", "app"));
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  static void insert(Connection c, TenantId tenant, long account, String key, boolean enabled)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement("insert into mt5_terminal values (?,?,?,?)")) {
      ps.setObject(1, tenant.value());
      ps.setLong(2, account);
      ps.setString(3, ApiKeys.sha256Hex(key));
      ps.setBoolean(4, enabled);
      ps.executeUpdate();
    }
  }

  @Test
  void findsRegisteredTerminalsAndNothingElse() {
    var dir = new JdbcTerminalDirectory(ds);
    assertThat(dir.find(new TerminalKey(TENANT, 111)))
        .get()
        .satisfies(r -> assertThat(ApiKeys.matches("good-key", r.apiKeySha256())).isTrue())
        .satisfies(r -> assertThat(r.enabled()).isTrue());
    assertThat(dir.find(new TerminalKey(TENANT, 999))).isEmpty();
  }

  @Test
  void theApplicationRoleSeesNoTerminalOutsideTheTenantItClaims() throws Exception {
    var dir = new JdbcTerminalDirectory(ds);
    assertThat(dir.find(new TerminalKey(OTHER, 333))).isPresent();
    assertThat(dir.find(new TerminalKey(TENANT, 333))).isEmpty();
    try (Connection app = ds.getConnection();
        ResultSet all = app.createStatement().executeQuery("select count(*) from mt5_terminal")) {
      all.next();
      assertThat(all.getLong(1)).as("rows visible without a tenant").isZero();
    }
  }

  @Test
  void theGatewayAdmitsAnEnabledTerminalAndRefusesADisabledOne() throws Exception {
    var dir =
        new CachingTerminalDirectory(
            new JdbcTerminalDirectory(ds), Duration.ofSeconds(30), Clock.systemUTC());
    try (Gateway gw = new Gateway(GatewayPorts.of(dir)).start(GatewayConfig.defaults());
        var good =
            new SimulatedExpertAdvisor(
                    EaSettings.of("127.0.0.1", gw.port(), TENANT.toString(), 111, "good-key"))
                .start();
        var disabled =
            new SimulatedExpertAdvisor(
                    EaSettings.of("127.0.0.1", gw.port(), TENANT.toString(), 222, "other-key"))
                .start()) {
      long seq = good.sendTick("EURUSD", System.currentTimeMillis(), 1.1, 1.1001, 0, 1, 0);
      assertThat(good.awaitAcked(seq, Duration.ofSeconds(20))).isTrue();
      Await.until(
          Duration.ofSeconds(20),
          () -> disabled.lastError().contains("TERMINAL_DISABLED"),
          "disabled terminal refused");
    }
  }
}

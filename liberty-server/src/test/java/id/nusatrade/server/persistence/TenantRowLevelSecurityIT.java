package id.nusatrade.server.persistence;

import static id.nusatrade.server.persistence.MigratedDatabase.APP;
import static id.nusatrade.server.persistence.MigratedDatabase.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.audit.PostgresAuditTrail;
import id.nusatrade.domain.audit.AuditActions;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.time.IndonesianZone;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import id.nusatrade.platform.tenant.PostgresTenantRepository;
import id.nusatrade.server.migration.Migrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tenant isolation proven at the SQL level, connected as the application's role. */
class TenantRowLevelSecurityIT {
  private static final String A = "11111111-1111-1111-1111-111111111111";
  private static final String B = "22222222-2222-2222-2222-222222222222";

  private static MigratedDatabase db;
  private static DataSource app;

  @BeforeAll
  static void migrate() throws Exception {
    db = new MigratedDatabase();
    app = db.as(APP);
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void tenantACannotSelectTenantBRowsEvenByTheirIds() {
    assertThat(count("select count(*) from tenants where id = '" + B + "'")).isZero();
    assertThat(count("select count(*) from users where tenant_id = '" + B + "'")).isZero();
    assertThat(count("select count(*) from users where username = 'trader-b'")).isZero();
    assertThat(count("select count(*) from users")).isEqualTo(4);
  }

  @Test
  void tenantACannotUpdateOrDeleteTenantBRows() {
    assertThat(updateAsA("update tenants set name = 'taken over' where id = '" + B + "'")).isZero();
    assertThat(updateAsA("update users set email = 'x@evil' where tenant_id = '" + B + "'"))
        .isZero();
    assertThat(updateAsA("delete from users where tenant_id = '" + B + "'")).isZero();
    assertThat(new PostgresTenantRepository(app).usersOf(TenantId.of(B)))
        .extracting(User::username)
        .containsExactly("trader-b");
  }

  @Test
  void tenantACannotInsertRowsForTenantB() {
    String insert =
        "insert into users (id, tenant_id, username, roles) values"
            + " ('cccccccc-0000-0000-0000-000000000001', '"
            + B
            + "', 'intruder', array['trader'])";

    assertThatThrownBy(() -> updateAsA(insert))
        .rootCause()
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("row-level security");
  }

  @Test
  void withoutATenantNothingIsVisibleEvenOnAReusedConnection() throws SQLException {
    try (Connection connection = app.getConnection()) {
      connection.setAutoCommit(false);
      exec(connection, "select set_config('app.tenant_id', '" + A + "', true)");
      assertThat(count(connection, "select count(*) from tenants")).isEqualTo(1);
      connection.commit();
      connection.setAutoCommit(true);
      // the setting was transaction-local: it reverted to '' and must not fail the uuid cast
      assertThat(count(connection, "select count(*) from tenants")).isZero();
      assertThat(count(connection, "select count(*) from users")).isZero();
    }
  }

  @Test
  void terminalsAreTenantDataToo() throws SQLException {
    // the demo terminal (account 80001) belongs to tenant A
    assertThat(count("select count(*) from mt5_terminal")).isEqualTo(1);
    long asB = jdbc().inTenant(TenantId.of(B), c -> count(c, "select count(*) from mt5_terminal"));
    assertThat(asB).isZero();
    try (Connection connection = app.getConnection()) {
      assertThat(count(connection, "select count(*) from mt5_terminal")).isZero();
    }
  }

  @Test
  void theApplicationRoleMayWriteMarketDataByItsConfiguredName() throws SQLException {
    // market data is tenant data (V24): the app role writes a bar of its own tenant's feed
    assertThat(
            updateAsA(
                "insert into market_bar values ('"
                    + A
                    + "', 80001, 'XAUUSD', 'M1', now(), 1, 1, 1, 1, 1)"))
        .isEqualTo(1);
  }

  @Test
  void repositoryFindsOwnTenantAndNotTheOther() {
    PostgresTenantRepository repository = new PostgresTenantRepository(app);
    TenantId a = TenantId.of(A);

    assertThat(repository.findTenant(a, TenantId.of(B))).isEmpty();
    assertThat(repository.findTenant(a, a))
        .contains(new Tenant(a, "PT Demo Nusantara", Tier.PRO, IndonesianZone.WIB));
    assertThat(repository.usersOf(a))
        .extracting(User::username)
        .containsExactly("admin", "officer-a", "staff-a", "trader-a");
  }

  @Test
  void tierTableHoldsTheDomainTiersAndNoPriceOrQuota() throws SQLException {
    // prices and quotas live in the billing catalog only (V50 dropped the copies here)
    try (Connection connection = app.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select * from subscription_tiers where code = ?")) {
      for (Tier tier : Tier.values()) {
        select.setString(1, tier.name().toLowerCase(Locale.ROOT));
        try (ResultSet row = select.executeQuery()) {
          assertThat(row.next()).isTrue();
          assertThat(row.getMetaData().getColumnCount()).isEqualTo(2); // code, name
        }
      }
    }
  }

  @Test
  void migrationsAreIdempotentAndInstallTheAuditTrail() {
    assertThat(Migrations.migrate(db.as(OWNER), APP, true).migrationsExecuted).isZero();

    PostgresAuditTrail trail = new PostgresAuditTrail(app, db.as(OWNER));
    trail.append(
        new AuditEvent(
            TenantId.of(A), "trader-a", AuditActions.LOGIN, "session/s1", Instant.EPOCH, "{}"));
    assertThat(trail.verify().isIntact()).isTrue();
  }

  private static TenantScopedJdbc jdbc() {
    return new TenantScopedJdbc(app);
  }

  private static int updateAsA(String sql) {
    return jdbc().inTenant(TenantId.of(A), c -> exec(c, sql));
  }

  private static long count(String sql) {
    return jdbc().inTenant(TenantId.of(A), c -> count(c, sql));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static int exec(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
      return statement.getUpdateCount();
    }
  }
}

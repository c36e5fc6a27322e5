package id.nusatrade.trading.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.Account;
import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.AccountMode;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.ExecutionReport;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.PreTradeVerdict;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.trading.engine.TradingEngine;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import id.nusatrade.trading.paper.PaperVenue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The trading tables on a real PostgreSQL, written by the store as the (non-owner) app role. */
public class PostgresTradingStoreIT {
  public static final String OWNER = "nusatrade_owner";
  public static final String APP = "nusatrade_app";
  static final TenantId A = new TenantId(new UUID(0xA, 1));
  static final TenantId B = new TenantId(new UUID(0xB, 1));
  static final AccountId ACCOUNT_A = new AccountId(new UUID(0xA, 2));
  static final AccountId ACCOUNT_B = new AccountId(new UUID(0xB, 2));
  static EmbeddedPostgres postgres;
  static DataSource app;

  @TempDir Path journal;

  @BeforeAll
  public static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create role " + OWNER + " login password '" + OWNER + "'");
      s.execute("create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
      s.execute("create database trading owner " + OWNER);
    }
    try (Connection c = source(OWNER).getConnection();
        Statement s = c.createStatement()) {
      // as migration V3 defines it
      s.execute(
          "create function app_current_tenant() returns uuid language sql stable as"
              + " $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$");
      s.execute("grant execute on function app_current_tenant() to " + APP);
      TradingSchema.install(c, APP);
    }
    app = source(APP);
  }

  @AfterAll
  public static void stop() throws Exception {
    postgres.close();
  }

  public static DataSource source(String role) {
    PGSimpleDataSource s = new PGSimpleDataSource();
    s.setServerNames(new String[] {"127.0.0.1"});
    s.setPortNumbers(new int[] {postgres.getPort()});
    s.setDatabaseName("trading");
    s.setUser(role);
    s.setPassword(role);
    return s;
  }

  public static final TenantTransactions TX =
      (tenant, work) -> {
        try (Connection c = app.getConnection()) {
          c.setAutoCommit(false);
          try (PreparedStatement set =
              c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.toString());
            set.execute();
          }
          work.run(c);
          c.commit();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      };

  static List<String> query(TenantId tenant, String sql) {
    List<String> rows = new ArrayList<>();
    TX.inTenant(
        tenant,
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
              rows.add(r.getString(1));
            }
          }
        });
    return rows;
  }

  @Test
  void ordersFillsAndPositionsLandPerTenantOnceAndOtherTenantsSeeNothing() {
    PostgresTradingStore store = new PostgresTradingStore(TX);
    List<ExecutionReport> reports = new ArrayList<>();
    TradingEngine engine =
        new TradingEngine(
            journal,
            r -> PreTradeVerdict.allow("it"),
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC),
            store);
    engine.connect(
        AccountMode.PAPER,
        new PaperVenue(
            new FillModel(Costs.NONE),
            r -> {
              reports.add(r);
              engine.onExecution(r);
            }));
    engine.openAccount(Account.open(ACCOUNT_A, A));
    engine.openAccount(Account.open(ACCOUNT_B, B));
    engine.submit(
        OrderIntent.market(
            ACCOUNT_A, new ClientOrderId("a-1"), "XAUUSD", Side.BUY, new BigDecimal("2")));
    engine.submit(
        OrderIntent.market(
            ACCOUNT_B, new ClientOrderId("b-1"), "XAUUSD", Side.SELL, BigDecimal.ONE));
    for (TenantId tenant : List.of(A, B)) { // each tenant's orders fill on its own feed only
      engine.onTick(new Tick(new FeedId(tenant, 1, "XAUUSD"), 0, 1_000, 2650.0, 2650.5, 0, 0, 0));
    }
    assertThat(store.drain()).isPositive();
    // the venue re-delivers every report; the store sees nothing new
    reports.forEach(engine::onExecution);
    store.drain();
    store.drain();

    assertThat(query(A, "select client_order_id || ' ' || state from trading_order"))
        .containsExactly("a-1 FILLED");
    assertThat(query(A, "select quantity::text || ' @ ' || price::text from trading_fill"))
        .containsExactly("2.0000000000 @ 2650.5000000000");
    assertThat(query(A, "select symbol || ' ' || quantity::text from trading_position"))
        .containsExactly("XAUUSD 2.0000000000");
    assertThat(query(A, "select mode || ' ' || trading_state from trading_account"))
        .containsExactly("PAPER ACTIVE");
    assertThat(query(B, "select client_order_id from trading_order")).containsExactly("b-1");
    assertThat(query(A, "select count(*) from trading_order where tenant_id = '" + B + "'"))
        .containsExactly("0");
  }

  @Test
  void theAppRoleCannotRewriteAFillOrWriteIntoAnotherTenant() {
    assertThatThrownBy(
            () ->
                TX.inTenant(
                    A,
                    c -> {
                      try (Statement s = c.createStatement()) {
                        s.execute("update trading_fill set price = 1");
                      }
                    }))
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () ->
                TX.inTenant(
                    A,
                    c -> {
                      try (Statement s = c.createStatement()) {
                        s.execute(
                            "insert into trading_account (id, tenant_id) values ('"
                                + UUID.randomUUID()
                                + "', '"
                                + B
                                + "')");
                      }
                    }))
        .rootCause()
        .hasMessageContaining("row-level security");
  }
}

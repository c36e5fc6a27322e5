package id.nusatrade.tickstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.MarketTicks;
import id.nusatrade.tickstore.TickStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The contract against an embedded PostgreSQL whose schema is the real Flyway migration files,
 * applied as-is in version order (the directory comes from the build: {@code
 * market.migration.dir}), and used as the application's role: not superuser, no BYPASSRLS, so
 * row-level security is what a running platform gets.
 */
class PostgresTickStoreIT extends TickStoreContract {
  private static final String APP_ROLE = "nusatrade_app";
  private static final List<String> MIGRATIONS =
      List.of(
          "V1__subscription_tiers.sql",
          "V2__tenants_and_users.sql",
          "V3__tenant_row_level_security.sql",
          "V20__market_data.sql",
          "V24__market_data_per_feed.sql");

  private static EmbeddedPostgres postgres;
  private static DataSource owner;
  private static DataSource app;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    owner = postgres.getPostgresDatabase();
    execute(owner, "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'app'");
    Path dir = Path.of(System.getProperty("market.migration.dir"));
    for (String file : MIGRATIONS) {
      execute(owner, Files.readString(dir.resolve(file)).replace("${appRole}", APP_ROLE));
    }
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(postgres.getJdbcUrl(APP_ROLE, "postgres"));
    source.setPassword("app");
    app = source;
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  protected void emptyTables() {
    execute(owner, "TRUNCATE market_feed, market_tick, market_bar, market_indicator");
  }

  @Override
  protected MarketDataStore newStore(int chunkRows) {
    return new PostgresTickStore(app, chunkRows);
  }

  @Test
  void rowLevelSecurityHidesAndRefusesAnotherTenantsMarketData() throws SQLException {
    FeedId b = new FeedId(TENANT_B, 90001, "EURUSD");
    MarketDataStore store = newStore(1_000);
    store.appendTicks(MarketTicks.walk(b, 0, 10, 1));
    store.flush();

    try (Connection c = app.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("SELECT set_config('app.tenant_id', '" + TENANT_A + "', true)");
      assertThat(count(s, "SELECT count(*) FROM market_tick")).isZero();
      assertThat(count(s, "SELECT count(*) FROM market_feed")).isZero();
      assertThat(s.executeUpdate("UPDATE market_tick SET bid = 0")).isZero();
      assertThatThrownBy(
              () ->
                  s.execute(
                      "INSERT INTO market_bar VALUES ('"
                          + TENANT_B
                          + "', 90001, 'EURUSD', 'M1', now(), 1, 1, 1, 1, 1)"))
          .hasMessageContaining("row-level security");
      c.rollback();
      assertThat(count(s, "SELECT count(*) FROM market_tick")).as("no tenant set").isZero();
    }
    Tick first = store.lastTicks(b, 10).getFirst();
    assertThat(first.bid()).isEqualTo(MarketTicks.walk(b, 0, 10, 1).getFirst().bid());
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void execute(DataSource target, String sql) {
    try (Connection connection = target.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

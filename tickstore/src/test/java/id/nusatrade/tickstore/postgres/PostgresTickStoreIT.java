package id.nusatrade.tickstore.postgres;

import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.TickStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract against an embedded PostgreSQL whose schema is the real Flyway migration file,
 * applied as-is (the directory comes from the build: {@code market.migration.dir}).
 */
class PostgresTickStoreIT extends TickStoreContract {
  private static EmbeddedPostgres postgres;
  private static DataSource database;

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    database = postgres.getPostgresDatabase();
    Path migration = Path.of(System.getProperty("market.migration.dir"), "V20__market_data.sql");
    execute(Files.readString(migration));
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  protected void emptyTables() {
    execute("TRUNCATE market_tick, market_bar, market_indicator");
  }

  @Override
  protected MarketDataStore newStore(int chunkRows) {
    return new PostgresTickStore(database, chunkRows);
  }

  private static void execute(String sql) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

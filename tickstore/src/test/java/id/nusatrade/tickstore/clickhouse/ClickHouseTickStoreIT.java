package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.TickStoreContract;
import id.nusatrade.tickstore.clickhouse.local.LocalClickHouseServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract against a private clickhouse-server started for this class. Without ClickHouse
 * installed this fails (it does not skip): the message says which apt packages to install.
 */
class ClickHouseTickStoreIT extends TickStoreContract {
  private static LocalClickHouseServer server;
  private static DataSource database;

  @BeforeAll
  static void startServer() throws IOException {
    Path data = Files.createTempDirectory("nusatrade-clickhouse-it-");
    server =
        LocalClickHouseServer.start(
            Path.of("target", "clickhouse-it"), data, Duration.ofSeconds(60));
    database = server.database("tickstore_it");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected void emptyTables() {
    ClickHouseSchema.drop(database);
    ClickHouseSchema.create(database);
  }

  @Override
  protected MarketDataStore newStore(int chunkRows) {
    return new ClickHouseTickStore(database, chunkRows);
  }
}

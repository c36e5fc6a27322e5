package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.tickstore.TickStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The market-data tables, every row keyed by its feed (tenant, MT5 account, symbol) first.
 * ClickHouse has no row-level security: every query of {@link ClickHouseQueries} filters on the
 * feed's tenant. ClickHouse 18.16 has no DateTime64, so every time is a UTC {@code DateTime}
 * (seconds) plus a {@code millis} column (0–999). Quote prices are Decimal64(8) so they round-trip
 * exactly (see {@link ClickHousePrices}); bar and indicator values are computed doubles and stay
 * Float64. All three tables are ReplacingMergeTree read with FINAL: a tick stored again (same feed,
 * time and sequence: a catch-up from the journal) or a re-sent bar replaces the row instead of
 * duplicating it. (The V20-era tables {@code ticks}, {@code bars}, {@code indicator_snapshots}
 * carried no feed and are no longer read.)
 */
public final class ClickHouseSchema {
  static final List<String> TABLES = List.of("feed_ticks", "feed_bars", "feed_indicators");

  /** Columns that name the feed a row belongs to (tenant id as text, MT5 account, symbol). */
  private static final String FEED = "tenant String, account Int64, symbol String, ";

  private static final List<String> CREATE =
      List.of(
          "CREATE TABLE IF NOT EXISTS feed_ticks ("
              + FEED
              + """
              seq Int64, time DateTime('UTC'), millis UInt16,
              bid Decimal64(8), ask Decimal64(8), last Decimal64(8), volume Int64, flags Int32
            ) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMMDD(time)
              ORDER BY (tenant, account, symbol, time, millis, seq)""",
          "CREATE TABLE IF NOT EXISTS feed_bars ("
              + FEED
              + """
              timeframe String, time DateTime('UTC'), millis UInt16,
              open Float64, high Float64, low Float64, close Float64, tick_volume Int64
            ) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(time)
              ORDER BY (tenant, account, symbol, timeframe, time, millis)""",
          "CREATE TABLE IF NOT EXISTS feed_indicators ("
              + FEED
              + """
              timeframe String, time DateTime('UTC'), millis UInt16, name String, value Float64
            ) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(time)
              ORDER BY (tenant, account, symbol, timeframe, name, time, millis)""");

  private ClickHouseSchema() {}

  /** Creates the tables if missing (idempotent, safe at every start). */
  public static void create(DataSource dataSource) {
    run(dataSource, CREATE);
  }

  /** Drops the tables; for tests and benchmarks that need empty tables. */
  public static void drop(DataSource dataSource) {
    run(dataSource, TABLES.stream().map(t -> "DROP TABLE IF EXISTS " + t).toList());
  }

  private static void run(DataSource dataSource, List<String> statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new TickStoreException("ClickHouse schema statement failed", e);
    }
  }
}

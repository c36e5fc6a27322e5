package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.tickstore.TickStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The market-data tables. ClickHouse 18.16 has no DateTime64, so every time is a UTC {@code
 * DateTime} (seconds) plus a {@code millis} column (0–999). Quote prices are Decimal64(8) so they
 * round-trip exactly (see {@link ClickHousePrices}); bar and indicator values are computed doubles
 * and stay Float64. Ticks are append-only MergeTree; bars and indicator snapshots are
 * ReplacingMergeTree and read with FINAL, so re-sending a bar replaces it instead of duplicating
 * it.
 */
public final class ClickHouseSchema {
  static final List<String> TABLES = List.of("ticks", "bars", "indicator_snapshots");

  private static final List<String> CREATE =
      List.of(
          """
          CREATE TABLE IF NOT EXISTS ticks (
            symbol String, time DateTime('UTC'), millis UInt16,
            bid Decimal64(8), ask Decimal64(8), last Decimal64(8), volume Int64, flags Int32
          ) ENGINE = MergeTree PARTITION BY toYYYYMMDD(time) ORDER BY (symbol, time, millis)""",
          """
          CREATE TABLE IF NOT EXISTS bars (
            symbol String, timeframe String, time DateTime('UTC'), millis UInt16,
            open Float64, high Float64, low Float64, close Float64, tick_volume Int64
          ) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(time)
            ORDER BY (symbol, timeframe, time, millis)""",
          """
          CREATE TABLE IF NOT EXISTS indicator_snapshots (
            symbol String, timeframe String, time DateTime('UTC'), millis UInt16,
            name String, value Float64
          ) ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(time)
            ORDER BY (symbol, timeframe, name, time, millis)""");

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

package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Batch inserts. The legacy driver turns an all-placeholder {@code INSERT ... VALUES} batch into
 * one {@code FORMAT TabSeparated} HTTP request, so a chunk of rows costs one round trip and one
 * part on the server; chunks go out on parallel connections ({@link ParallelChunks}). Times go over
 * the wire as epoch seconds, which ClickHouse parses into DateTime with no time-zone conversion on
 * either side.
 */
final class ClickHouseInserts {
  private static final String TICKS =
      "INSERT INTO ticks (symbol, time, millis, bid, ask, last, volume, flags)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String BARS =
      "INSERT INTO bars (symbol, timeframe, time, millis, open, high, low, close, tick_volume)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INDICATORS =
      "INSERT INTO indicator_snapshots (symbol, timeframe, time, millis, name, value)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  private final ParallelChunks chunks;

  ClickHouseInserts(DataSource dataSource, int chunkRows, int workers) {
    this.chunks = new ParallelChunks(dataSource, chunkRows, workers);
  }

  void ticks(List<Tick> ticks) throws SQLException {
    chunks.insert(TICKS, ticks, ClickHouseInserts::bindTick);
  }

  void bars(List<Bar> bars) throws SQLException {
    chunks.insert(BARS, bars, ClickHouseInserts::bindBar);
  }

  void indicators(List<IndicatorValue> values) throws SQLException {
    chunks.insert(INDICATORS, values, ClickHouseInserts::bindIndicator);
  }

  private static void bindTick(PreparedStatement insert, Tick t) throws SQLException {
    insert.setString(1, t.symbol());
    setTime(insert, 2, t.timeMillis());
    insert.setBigDecimal(4, ClickHousePrices.decimal(t.bid()));
    insert.setBigDecimal(5, ClickHousePrices.decimal(t.ask()));
    insert.setBigDecimal(6, ClickHousePrices.decimal(t.last()));
    insert.setLong(7, t.volume());
    insert.setInt(8, t.flags());
  }

  private static void bindBar(PreparedStatement insert, Bar b) throws SQLException {
    insert.setString(1, b.symbol());
    insert.setString(2, b.timeframe().name());
    setTime(insert, 3, b.openTimeMillis());
    insert.setDouble(5, b.open());
    insert.setDouble(6, b.high());
    insert.setDouble(7, b.low());
    insert.setDouble(8, b.close());
    insert.setLong(9, b.tickVolume());
  }

  private static void bindIndicator(PreparedStatement insert, IndicatorValue v)
      throws SQLException {
    insert.setString(1, v.symbol());
    insert.setString(2, v.timeframe().name());
    setTime(insert, 3, v.timeMillis());
    insert.setString(5, v.name());
    insert.setDouble(6, v.value());
  }

  /** Writes DateTime seconds at {@code index} and the millisecond remainder right after it. */
  private static void setTime(PreparedStatement insert, int index, long epochMillis)
      throws SQLException {
    insert.setLong(index, Math.floorDiv(epochMillis, 1000));
    insert.setInt(index + 1, Math.floorMod(epochMillis, 1000));
  }
}

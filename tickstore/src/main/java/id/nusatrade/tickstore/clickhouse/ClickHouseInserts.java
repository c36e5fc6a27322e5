package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
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
      "INSERT INTO feed_ticks (tenant, account, symbol, seq, time, millis, bid, ask, last, volume,"
          + " flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String BARS =
      "INSERT INTO feed_bars (tenant, account, symbol, timeframe, time, millis, open, high, low,"
          + " close, tick_volume) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INDICATORS =
      "INSERT INTO feed_indicators (tenant, account, symbol, timeframe, time, millis, name, value)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

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
    bindFeed(insert, t.feed());
    insert.setLong(4, t.seq());
    setTime(insert, 5, t.timeMillis());
    insert.setBigDecimal(7, ClickHousePrices.decimal(t.bid()));
    insert.setBigDecimal(8, ClickHousePrices.decimal(t.ask()));
    insert.setBigDecimal(9, ClickHousePrices.decimal(t.last()));
    insert.setLong(10, t.volume());
    insert.setInt(11, t.flags());
  }

  private static void bindBar(PreparedStatement insert, Bar b) throws SQLException {
    bindFeed(insert, b.feed());
    insert.setString(4, b.timeframe().name());
    setTime(insert, 5, b.openTimeMillis());
    insert.setDouble(7, b.open());
    insert.setDouble(8, b.high());
    insert.setDouble(9, b.low());
    insert.setDouble(10, b.close());
    insert.setLong(11, b.tickVolume());
  }

  private static void bindIndicator(PreparedStatement insert, IndicatorValue v)
      throws SQLException {
    bindFeed(insert, v.feed());
    insert.setString(4, v.timeframe().name());
    setTime(insert, 5, v.timeMillis());
    insert.setString(7, v.name());
    insert.setDouble(8, v.value());
  }

  static void bindFeed(PreparedStatement statement, FeedId feed) throws SQLException {
    statement.setString(1, feed.tenant().toString());
    statement.setLong(2, feed.account());
    statement.setString(3, feed.symbol());
  }

  /** Writes DateTime seconds at {@code index} and the millisecond remainder right after it. */
  private static void setTime(PreparedStatement insert, int index, long epochMillis)
      throws SQLException {
    insert.setLong(index, Math.floorDiv(epochMillis, 1000));
    insert.setInt(index + 1, Math.floorMod(epochMillis, 1000));
  }
}

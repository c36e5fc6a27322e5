package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads. Every range query filters twice: on the {@code time} column (whole seconds, so the primary
 * key and the daily partitions prune) and on the exact millisecond {@code ts}. OHLC takes the mid
 * price; open and close are argMin/argMax over the millisecond timestamp.
 */
final class ClickHouseQueries {
  private static final long MAX_DATE_TIME = 0xFFFF_FFFFL;
  private static final String TS = "toUInt64(toUInt32(time)) * 1000 + millis";
  private static final String RANGE =
      " symbol = ? AND time >= toDateTime(?) AND time <= toDateTime(?) AND "
          + TS
          + " >= ? AND "
          + TS
          + " < ?";
  private static final String LAST_TICKS =
      "SELECT "
          + TS
          + " AS ts, toFloat64(bid), toFloat64(ask), toFloat64(last), volume, flags"
          + " FROM ticks WHERE symbol = ?"
          + " ORDER BY time DESC, millis DESC LIMIT ?";
  private static final String OHLC =
      "SELECT intDiv(toUInt32(time), ?) * ? AS bucket, argMin(mid, ts), max(mid), min(mid),"
          + " argMax(mid, ts), count() FROM (SELECT time, (toFloat64(bid) + toFloat64(ask)) / 2 AS mid, "
          + TS
          + " AS ts FROM ticks WHERE"
          + RANGE
          + ") GROUP BY bucket ORDER BY bucket";
  private static final String BARS =
      "SELECT "
          + TS
          + " AS ts, open, high, low, close, tick_volume FROM bars FINAL"
          + " WHERE timeframe = ? AND"
          + RANGE
          + " ORDER BY time, millis";
  private static final String INDICATORS =
      "SELECT "
          + TS
          + " AS ts, value FROM indicator_snapshots FINAL"
          + " WHERE timeframe = ? AND name = ? AND"
          + RANGE
          + " ORDER BY time, millis";

  List<Tick> lastTicks(Connection connection, String symbol, int n) throws SQLException {
    List<Tick> newestFirst = new ArrayList<>(n);
    try (PreparedStatement query = connection.prepareStatement(LAST_TICKS)) {
      query.setString(1, symbol);
      query.setInt(2, n);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          newestFirst.add(
              new Tick(
                  symbol,
                  rows.getLong(1),
                  rows.getDouble(2),
                  rows.getDouble(3),
                  rows.getDouble(4),
                  rows.getLong(5),
                  rows.getInt(6)));
        }
      }
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  List<Bar> ohlc(Connection connection, String symbol, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OHLC)) {
      long seconds = tf.millis() / 1000;
      query.setLong(1, seconds);
      query.setLong(2, seconds);
      bindRange(query, 3, symbol, from, to);
      return readBars(query, symbol, tf, 1000);
    }
  }

  List<Bar> bars(Connection connection, String symbol, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BARS)) {
      query.setString(1, tf.name());
      bindRange(query, 2, symbol, from, to);
      return readBars(query, symbol, tf, 1);
    }
  }

  List<IndicatorValue> indicators(
      Connection connection, String symbol, Timeframe tf, String name, long from, long to)
      throws SQLException {
    List<IndicatorValue> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(INDICATORS)) {
      query.setString(1, tf.name());
      query.setString(2, name);
      bindRange(query, 3, symbol, from, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(new IndicatorValue(symbol, tf, rows.getLong(1), name, rows.getDouble(2)));
        }
      }
    }
    return values;
  }

  private static void bindRange(
      PreparedStatement query, int first, String symbol, long from, long to) throws SQLException {
    query.setString(first, symbol);
    query.setLong(first + 1, dateTimeSeconds(from));
    query.setLong(first + 2, dateTimeSeconds(to));
    query.setLong(first + 3, Math.max(0, from));
    query.setLong(first + 4, Math.max(0, to));
  }

  /** DateTime is an unsigned 32-bit second count: clamp open-ended ranges into it. */
  private static long dateTimeSeconds(long epochMillis) {
    return Math.clamp(Math.floorDiv(epochMillis, 1000), 0L, MAX_DATE_TIME);
  }

  /** {@code timeScale} turns the first column into epoch millis (1000 for OHLC seconds). */
  private static List<Bar> readBars(
      PreparedStatement query, String symbol, Timeframe tf, long timeScale) throws SQLException {
    List<Bar> bars = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        bars.add(
            new Bar(
                symbol,
                tf,
                rows.getLong(1) * timeScale,
                rows.getDouble(2),
                rows.getDouble(3),
                rows.getDouble(4),
                rows.getDouble(5),
                rows.getLong(6)));
      }
    }
    return bars;
  }
}

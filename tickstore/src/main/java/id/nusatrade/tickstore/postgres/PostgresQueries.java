package id.nusatrade.tickstore.postgres;

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
 * Reads. OHLC buckets ticks with {@code date_bin} anchored at the Unix epoch (the same UTC-aligned
 * buckets as {@link Timeframe#openTimeOf}); open and close are the first and last mid price by time
 * within the bucket.
 */
final class PostgresQueries {
  private static final String LAST_TICKS =
      "SELECT "
          + PgTime.millisOf("ts")
          + ", bid, ask, last, volume, flags FROM market_tick"
          + " WHERE symbol = ? ORDER BY ts DESC LIMIT ?";
  private static final String OHLC =
      "SELECT "
          + PgTime.millisOf("bucket")
          + ", (array_agg(mid ORDER BY ts))[1], max(mid),"
          + " min(mid), (array_agg(mid ORDER BY ts DESC))[1], count(*) FROM ("
          + "SELECT date_bin(make_interval(secs => ?), ts, timestamptz '1970-01-01 00:00:00+00')"
          + " AS bucket, ts, (bid + ask) / 2 AS mid FROM market_tick"
          + " WHERE symbol = ? AND ts >= ? AND ts < ?) t GROUP BY bucket ORDER BY bucket";
  private static final String BARS =
      "SELECT "
          + PgTime.millisOf("open_time")
          + ", open, high, low, close, tick_volume"
          + " FROM market_bar WHERE timeframe = ? AND symbol = ? AND open_time >= ?"
          + " AND open_time < ? ORDER BY open_time";
  private static final String INDICATORS =
      "SELECT "
          + PgTime.millisOf("ts")
          + ", value FROM market_indicator WHERE timeframe = ?"
          + " AND name = ? AND symbol = ? AND ts >= ? AND ts < ? ORDER BY ts";

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
      query.setDouble(1, tf.millis() / 1000.0);
      bindRange(query, 2, symbol, from, to);
      return readBars(query, symbol, tf);
    }
  }

  List<Bar> bars(Connection connection, String symbol, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BARS)) {
      query.setString(1, tf.name());
      bindRange(query, 2, symbol, from, to);
      return readBars(query, symbol, tf);
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
    query.setObject(first + 1, PgTime.parameter(from));
    query.setObject(first + 2, PgTime.parameter(to));
  }

  private static List<Bar> readBars(PreparedStatement query, String symbol, Timeframe tf)
      throws SQLException {
    List<Bar> bars = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        bars.add(
            new Bar(
                symbol,
                tf,
                rows.getLong(1),
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

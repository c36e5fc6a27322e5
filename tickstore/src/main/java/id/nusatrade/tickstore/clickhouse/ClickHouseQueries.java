package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * Reads, each within one feed: the tenant, account and symbol lead every filter (ClickHouse has no
 * row-level security, so this filter is the isolation; the key's prefix also makes it the fast
 * path). Range queries filter twice: on the {@code time} column (whole seconds, so the primary key
 * and the daily partitions prune) and on the exact millisecond {@code ts}. OHLC takes the mid
 * price; open and close are argMin/argMax over the millisecond timestamp.
 */
final class ClickHouseQueries {
  private static final long MAX_DATE_TIME = 0xFFFF_FFFFL;
  private static final String TS = "toUInt64(toUInt32(time)) * 1000 + millis";
  private static final String FEED = " tenant = ? AND account = ? AND symbol = ?";
  private static final String RANGE =
      " AND time >= toDateTime(?) AND time <= toDateTime(?) AND " + TS + " >= ? AND " + TS + " < ?";
  private static final String FEEDS =
      "SELECT account, symbol FROM (SELECT account, symbol FROM feed_ticks WHERE tenant = ?"
          + " UNION ALL SELECT account, symbol FROM feed_bars WHERE tenant = ?)"
          + " GROUP BY account, symbol ORDER BY account, symbol";
  private static final String LAST_SEQ = "SELECT count(), max(seq) FROM feed_ticks WHERE" + FEED;
  private static final String LAST_TICKS =
      "SELECT seq, "
          + TS
          + " AS ts, toFloat64(bid), toFloat64(ask), toFloat64(last), volume, flags"
          + " FROM feed_ticks FINAL WHERE"
          + FEED
          + " ORDER BY time DESC, millis DESC, seq DESC LIMIT ?";
  private static final String OHLC =
      "SELECT intDiv(toUInt32(time), ?) * ? AS bucket, argMin(mid, ts), max(mid),"
          + " min(mid), argMax(mid, ts), count() FROM (SELECT time, seq,"
          + " (toFloat64(bid) + toFloat64(ask)) / 2 AS mid, "
          + TS
          + " AS ts FROM feed_ticks FINAL WHERE"
          + FEED
          + RANGE
          + ") GROUP BY bucket ORDER BY bucket";
  private static final String BAR_COLUMNS =
      "SELECT " + TS + " AS ts, open, high, low, close, tick_volume FROM feed_bars FINAL WHERE";
  private static final String BARS =
      BAR_COLUMNS + FEED + " AND timeframe = ?" + RANGE + " ORDER BY time, millis";
  private static final String LAST_BARS =
      BAR_COLUMNS + FEED + " AND timeframe = ? ORDER BY time DESC, millis DESC LIMIT ?";
  private static final String INDICATORS =
      "SELECT "
          + TS
          + " AS ts, value FROM feed_indicators FINAL WHERE"
          + FEED
          + " AND timeframe = ? AND name = ?"
          + RANGE
          + " ORDER BY time, millis";

  List<FeedId> feeds(Connection connection, TenantId tenant) throws SQLException {
    List<FeedId> feeds = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(FEEDS)) {
      query.setString(1, tenant.toString());
      query.setString(2, tenant.toString());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          feeds.add(new FeedId(tenant, rows.getLong(1), rows.getString(2)));
        }
      }
    }
    return feeds;
  }

  OptionalLong lastSequence(Connection connection, FeedId feed) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LAST_SEQ)) {
      ClickHouseInserts.bindFeed(query, feed);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) == 0 ? OptionalLong.empty() : OptionalLong.of(rows.getLong(2));
      }
    }
  }

  List<Tick> lastTicks(Connection connection, FeedId feed, int n) throws SQLException {
    List<Tick> newestFirst = new ArrayList<>(Math.min(n, 10_000));
    try (PreparedStatement query = connection.prepareStatement(LAST_TICKS)) {
      ClickHouseInserts.bindFeed(query, feed);
      query.setInt(4, n);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          newestFirst.add(
              new Tick(
                  feed,
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getDouble(3),
                  rows.getDouble(4),
                  rows.getDouble(5),
                  rows.getLong(6),
                  rows.getInt(7)));
        }
      }
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  List<Bar> ohlc(Connection connection, FeedId feed, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(OHLC)) {
      long seconds = tf.millis() / 1000;
      query.setLong(1, seconds);
      query.setLong(2, seconds);
      bindFeed(query, 3, feed);
      bindRange(query, 6, from, to);
      return readBars(query, feed, tf, 1000);
    }
  }

  List<Bar> bars(Connection connection, FeedId feed, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BARS)) {
      ClickHouseInserts.bindFeed(query, feed);
      query.setString(4, tf.name());
      bindRange(query, 5, from, to);
      return readBars(query, feed, tf, 1);
    }
  }

  List<Bar> lastBars(Connection connection, FeedId feed, Timeframe tf, int n) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LAST_BARS)) {
      ClickHouseInserts.bindFeed(query, feed);
      query.setString(4, tf.name());
      query.setInt(5, n);
      List<Bar> bars = readBars(query, feed, tf, 1);
      Collections.reverse(bars);
      return bars;
    }
  }

  List<IndicatorValue> indicators(
      Connection connection, FeedId feed, Timeframe tf, String name, long from, long to)
      throws SQLException {
    List<IndicatorValue> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(INDICATORS)) {
      ClickHouseInserts.bindFeed(query, feed);
      query.setString(4, tf.name());
      query.setString(5, name);
      bindRange(query, 6, from, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(new IndicatorValue(feed, tf, rows.getLong(1), name, rows.getDouble(2)));
        }
      }
    }
    return values;
  }

  private static void bindFeed(PreparedStatement query, int first, FeedId feed)
      throws SQLException {
    query.setString(first, feed.tenant().toString());
    query.setLong(first + 1, feed.account());
    query.setString(first + 2, feed.symbol());
  }

  private static void bindRange(PreparedStatement query, int first, long from, long to)
      throws SQLException {
    query.setLong(first, dateTimeSeconds(from));
    query.setLong(first + 1, dateTimeSeconds(to));
    query.setLong(first + 2, Math.max(0, from));
    query.setLong(first + 3, Math.max(0, to));
  }

  /** DateTime is an unsigned 32-bit second count: clamp open-ended ranges into it. */
  private static long dateTimeSeconds(long epochMillis) {
    return Math.clamp(Math.floorDiv(epochMillis, 1000), 0L, MAX_DATE_TIME);
  }

  /** {@code timeScale} turns the first column into epoch millis (1000 for OHLC seconds). */
  private static List<Bar> readBars(
      PreparedStatement query, FeedId feed, Timeframe tf, long timeScale) throws SQLException {
    List<Bar> bars = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        bars.add(
            new Bar(
                feed,
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

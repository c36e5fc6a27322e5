package id.nusatrade.tickstore.postgres;

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
 * Reads, each within one feed (the key's prefix) and inside a transaction scoped to the feed's
 * tenant, so row-level security would refuse another tenant's rows even if a filter were wrong.
 * OHLC buckets ticks with {@code date_bin} anchored at the Unix epoch (the same UTC-aligned buckets
 * as {@link Timeframe#openTimeOf}); open and close are the first and last mid price by time (then
 * sequence) within the bucket.
 */
final class PostgresQueries {
  private static final String FEED = "tenant_id = ? AND account = ? AND symbol = ?";
  private static final String FEEDS =
      "SELECT account, symbol FROM market_feed WHERE tenant_id = ? ORDER BY account, symbol";
  private static final String LAST_SEQ = "SELECT max(seq) FROM market_tick WHERE " + FEED;
  private static final String LAST_TICKS =
      "SELECT seq, "
          + PgTime.millisOf("ts")
          + ", bid, ask, last, volume, flags FROM market_tick WHERE "
          + FEED
          + " ORDER BY ts DESC, seq DESC LIMIT ?";
  private static final String OHLC =
      "SELECT "
          + PgTime.millisOf("bucket")
          + ", (array_agg(mid ORDER BY ts, seq))[1], max(mid),"
          + " min(mid), (array_agg(mid ORDER BY ts DESC, seq DESC))[1], count(*) FROM ("
          + "SELECT date_bin(make_interval(secs => ?), ts, timestamptz '1970-01-01 00:00:00+00')"
          + " AS bucket, ts, seq, (bid + ask) / 2 AS mid FROM market_tick WHERE "
          + FEED
          + " AND ts >= ? AND ts < ?) t GROUP BY bucket ORDER BY bucket";
  private static final String BAR_COLUMNS =
      PgTime.millisOf("open_time") + ", open, high, low, close, tick_volume FROM market_bar";
  private static final String BARS =
      "SELECT "
          + BAR_COLUMNS
          + " WHERE "
          + FEED
          + " AND timeframe = ? AND open_time >= ? AND open_time < ? ORDER BY open_time";
  private static final String LAST_BARS =
      "SELECT "
          + BAR_COLUMNS
          + " WHERE "
          + FEED
          + " AND timeframe = ? ORDER BY open_time DESC LIMIT ?";
  private static final String INDICATORS =
      "SELECT "
          + PgTime.millisOf("ts")
          + ", value FROM market_indicator WHERE "
          + FEED
          + " AND timeframe = ? AND name = ? AND ts >= ? AND ts < ? ORDER BY ts";

  List<FeedId> feeds(Connection connection, TenantId tenant) throws SQLException {
    List<FeedId> feeds = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(FEEDS)) {
      query.setObject(1, tenant.value());
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
      bindFeed(query, feed);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        long seq = rows.getLong(1);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(seq);
      }
    }
  }

  List<Tick> lastTicks(Connection connection, FeedId feed, int n) throws SQLException {
    List<Tick> newestFirst = new ArrayList<>(Math.min(n, 10_000));
    try (PreparedStatement query = connection.prepareStatement(LAST_TICKS)) {
      bindFeed(query, feed);
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
      query.setDouble(1, tf.millis() / 1000.0);
      bindFeed(query, 2, feed);
      bindRange(query, 5, from, to);
      return readBars(query, feed, tf, false);
    }
  }

  List<Bar> bars(Connection connection, FeedId feed, Timeframe tf, long from, long to)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BARS)) {
      bindFeed(query, feed);
      query.setString(4, tf.name());
      bindRange(query, 5, from, to);
      return readBars(query, feed, tf, false);
    }
  }

  List<Bar> lastBars(Connection connection, FeedId feed, Timeframe tf, int n) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LAST_BARS)) {
      bindFeed(query, feed);
      query.setString(4, tf.name());
      query.setInt(5, n);
      return readBars(query, feed, tf, true);
    }
  }

  List<IndicatorValue> indicators(
      Connection connection, FeedId feed, Timeframe tf, String name, long from, long to)
      throws SQLException {
    List<IndicatorValue> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(INDICATORS)) {
      bindFeed(query, feed);
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

  private static void bindFeed(PreparedStatement query, FeedId feed) throws SQLException {
    bindFeed(query, 1, feed);
  }

  private static void bindFeed(PreparedStatement query, int first, FeedId feed)
      throws SQLException {
    query.setObject(first, feed.tenant().value());
    query.setLong(first + 1, feed.account());
    query.setString(first + 2, feed.symbol());
  }

  private static void bindRange(PreparedStatement query, int first, long from, long to)
      throws SQLException {
    query.setObject(first, PgTime.parameter(from));
    query.setObject(first + 1, PgTime.parameter(to));
  }

  private static List<Bar> readBars(
      PreparedStatement query, FeedId feed, Timeframe tf, boolean newestFirst) throws SQLException {
    List<Bar> bars = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        bars.add(
            new Bar(
                feed,
                tf,
                rows.getLong(1),
                rows.getDouble(2),
                rows.getDouble(3),
                rows.getDouble(4),
                rows.getDouble(5),
                rows.getLong(6)));
      }
    }
    if (newestFirst) {
      Collections.reverse(bars);
    }
    return bars;
  }
}

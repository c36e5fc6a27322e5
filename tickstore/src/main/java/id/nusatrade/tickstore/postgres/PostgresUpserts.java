package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Feeds, bars and indicator snapshots as batched upserts: a re-sent bar replaces the stored one.
 * Rows are de-duplicated (last wins) first, because a driver that rewrites the batch into one
 * multi-row INSERT would reject the same key twice in one statement. Each call writes one tenant's
 * rows, in a transaction scoped to that tenant.
 */
final class PostgresUpserts {
  private static final String FEEDS =
      "INSERT INTO market_feed (tenant_id, account, symbol) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";
  private static final String BARS =
      "INSERT INTO market_bar (tenant_id, account, symbol, timeframe, open_time, open, high, low,"
          + " close, tick_volume) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (tenant_id, account, symbol, timeframe, open_time) DO UPDATE"
          + " SET open = excluded.open, high = excluded.high, low = excluded.low,"
          + " close = excluded.close, tick_volume = excluded.tick_volume";
  private static final String INDICATORS =
      "INSERT INTO market_indicator (tenant_id, account, symbol, timeframe, ts, name, value)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (tenant_id, account, symbol, timeframe, name, ts)"
          + " DO UPDATE SET value = excluded.value";

  void feeds(Connection connection, Collection<FeedId> feeds) throws SQLException {
    if (feeds.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(FEEDS)) {
      for (FeedId feed : feeds) {
        bindFeed(upsert, feed);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  void bars(Connection connection, List<Bar> bars) throws SQLException {
    if (bars.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(BARS)) {
      for (Bar b : lastPerKey(bars, b -> List.of(b.feed(), b.timeframe(), b.openTimeMillis()))) {
        bindFeed(upsert, b.feed());
        upsert.setString(4, b.timeframe().name());
        upsert.setObject(5, PgTime.parameter(b.openTimeMillis()));
        upsert.setDouble(6, b.open());
        upsert.setDouble(7, b.high());
        upsert.setDouble(8, b.low());
        upsert.setDouble(9, b.close());
        upsert.setLong(10, b.tickVolume());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  void indicators(Connection connection, List<IndicatorValue> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(INDICATORS)) {
      for (IndicatorValue v :
          lastPerKey(values, v -> List.of(v.feed(), v.timeframe(), v.name(), v.timeMillis()))) {
        bindFeed(upsert, v.feed());
        upsert.setString(4, v.timeframe().name());
        upsert.setObject(5, PgTime.parameter(v.timeMillis()));
        upsert.setString(6, v.name());
        upsert.setDouble(7, v.value());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void bindFeed(PreparedStatement statement, FeedId feed) throws SQLException {
    statement.setObject(1, feed.tenant().value());
    statement.setLong(2, feed.account());
    statement.setString(3, feed.symbol());
  }

  private static <T> Collection<T> lastPerKey(List<T> rows, Function<T, List<Object>> key) {
    Map<List<Object>, T> last = new LinkedHashMap<>();
    rows.forEach(row -> last.put(key.apply(row), row));
    return last.values();
  }
}

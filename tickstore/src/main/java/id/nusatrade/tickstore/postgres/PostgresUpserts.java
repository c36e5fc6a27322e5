package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.Bar;
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
 * Bars and indicator snapshots as batched upserts: a re-sent bar replaces the stored one. Rows are
 * de-duplicated (last wins) first, because a driver that rewrites the batch into one multi-row
 * INSERT would reject the same key twice in one statement.
 */
final class PostgresUpserts {
  private static final String BARS =
      "INSERT INTO market_bar (symbol, timeframe, open_time, open, high, low, close, tick_volume)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (symbol, timeframe, open_time) DO UPDATE"
          + " SET open = excluded.open, high = excluded.high, low = excluded.low,"
          + " close = excluded.close, tick_volume = excluded.tick_volume";
  private static final String INDICATORS =
      "INSERT INTO market_indicator (symbol, timeframe, ts, name, value) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (symbol, timeframe, name, ts) DO UPDATE SET value = excluded.value";

  void bars(Connection connection, List<Bar> bars) throws SQLException {
    if (bars.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(BARS)) {
      for (Bar b : lastPerKey(bars, b -> List.of(b.symbol(), b.timeframe(), b.openTimeMillis()))) {
        upsert.setString(1, b.symbol());
        upsert.setString(2, b.timeframe().name());
        upsert.setObject(3, PgTime.parameter(b.openTimeMillis()));
        upsert.setDouble(4, b.open());
        upsert.setDouble(5, b.high());
        upsert.setDouble(6, b.low());
        upsert.setDouble(7, b.close());
        upsert.setLong(8, b.tickVolume());
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
          lastPerKey(values, v -> List.of(v.symbol(), v.timeframe(), v.name(), v.timeMillis()))) {
        upsert.setString(1, v.symbol());
        upsert.setString(2, v.timeframe().name());
        upsert.setObject(3, PgTime.parameter(v.timeMillis()));
        upsert.setString(4, v.name());
        upsert.setDouble(5, v.value());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static <T> Collection<T> lastPerKey(List<T> rows, Function<T, List<Object>> key) {
    Map<List<Object>, T> last = new LinkedHashMap<>();
    rows.forEach(row -> last.put(key.apply(row), row));
    return last.values();
  }
}

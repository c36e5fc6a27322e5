package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Batch inserts. The legacy driver turns an all-placeholder {@code INSERT ... VALUES} batch into
 * one {@code FORMAT TabSeparated} HTTP request, so a chunk of rows costs one round trip and one
 * part on the server. Two statements on two connections alternate so one chunk is sent while the
 * next is filled (see {@link ChunkSender}). Times go over the wire as epoch seconds, which
 * ClickHouse parses into DateTime with no time-zone conversion on either side.
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

  /** Sets one row's parameters. */
  @FunctionalInterface
  private interface Binder<T> {
    void bind(PreparedStatement insert, T row) throws SQLException;
  }

  private final DataSource dataSource;
  private final int chunkRows;

  ClickHouseInserts(DataSource dataSource, int chunkRows) {
    this.dataSource = dataSource;
    this.chunkRows = chunkRows;
  }

  void ticks(List<Tick> ticks) throws SQLException {
    insert(TICKS, ticks, ClickHouseInserts::bindTick);
  }

  void bars(List<Bar> bars) throws SQLException {
    insert(BARS, bars, ClickHouseInserts::bindBar);
  }

  void indicators(List<IndicatorValue> values) throws SQLException {
    insert(INDICATORS, values, ClickHouseInserts::bindIndicator);
  }

  private <T> void insert(String sql, List<T> rows, Binder<T> binder) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection();
        PreparedStatement a = first.prepareStatement(sql);
        PreparedStatement b = second.prepareStatement(sql);
        ChunkSender sender = new ChunkSender()) {
      for (int start = 0, chunk = 0; start < rows.size(); start += chunkRows, chunk++) {
        PreparedStatement statement = chunk % 2 == 0 ? a : b;
        for (T row : rows.subList(start, Math.min(rows.size(), start + chunkRows))) {
          binder.bind(statement, row);
          statement.addBatch();
        }
        sender.send(statement);
      }
      sender.finish();
    }
  }

  private static void bindTick(PreparedStatement insert, Tick t) throws SQLException {
    insert.setString(1, t.symbol());
    setTime(insert, 2, t.timeMillis());
    insert.setObject(4, ClickHousePrices.parameter(t.bid()));
    insert.setObject(5, ClickHousePrices.parameter(t.ask()));
    insert.setObject(6, ClickHousePrices.parameter(t.last()));
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

package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Batch inserts. The legacy driver turns an all-placeholder {@code INSERT ... VALUES} batch into
 * one {@code FORMAT TabSeparated} HTTP request, so a chunk of rows costs one round trip and one
 * part on the server. Times go over the wire as epoch seconds, which ClickHouse parses into
 * DateTime without any time-zone conversion on either side.
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

  private final int chunkRows;

  ClickHouseInserts(int chunkRows) {
    this.chunkRows = chunkRows;
  }

  void ticks(Connection connection, List<Tick> ticks) throws SQLException {
    if (ticks.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(TICKS)) {
      for (int i = 0; i < ticks.size(); i++) {
        Tick t = ticks.get(i);
        insert.setString(1, t.symbol());
        setTime(insert, 2, t.timeMillis());
        insert.setString(4, ClickHousePrices.text(t.bid()));
        insert.setString(5, ClickHousePrices.text(t.ask()));
        insert.setString(6, ClickHousePrices.text(t.last()));
        insert.setLong(7, t.volume());
        insert.setInt(8, t.flags());
        addToChunk(insert, i, ticks.size());
      }
    }
  }

  void bars(Connection connection, List<Bar> bars) throws SQLException {
    if (bars.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(BARS)) {
      for (int i = 0; i < bars.size(); i++) {
        Bar b = bars.get(i);
        insert.setString(1, b.symbol());
        insert.setString(2, b.timeframe().name());
        setTime(insert, 3, b.openTimeMillis());
        insert.setDouble(5, b.open());
        insert.setDouble(6, b.high());
        insert.setDouble(7, b.low());
        insert.setDouble(8, b.close());
        insert.setLong(9, b.tickVolume());
        addToChunk(insert, i, bars.size());
      }
    }
  }

  void indicators(Connection connection, List<IndicatorValue> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INDICATORS)) {
      for (int i = 0; i < values.size(); i++) {
        IndicatorValue v = values.get(i);
        insert.setString(1, v.symbol());
        insert.setString(2, v.timeframe().name());
        setTime(insert, 3, v.timeMillis());
        insert.setString(5, v.name());
        insert.setDouble(6, v.value());
        addToChunk(insert, i, values.size());
      }
    }
  }

  /** Writes DateTime seconds at {@code index} and the millisecond remainder right after it. */
  private static void setTime(PreparedStatement insert, int index, long epochMillis)
      throws SQLException {
    insert.setLong(index, Math.floorDiv(epochMillis, 1000));
    insert.setInt(index + 1, Math.floorMod(epochMillis, 1000));
  }

  private void addToChunk(PreparedStatement insert, int index, int total) throws SQLException {
    insert.addBatch();
    if ((index + 1) % chunkRows == 0 || index + 1 == total) {
      insert.executeBatch();
    }
  }
}

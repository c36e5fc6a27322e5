package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.tickstore.Jdbc;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.WriteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link TickStore} on PostgreSQL, the embedded default. Appends are buffered; {@link #flush()}
 * COPYs the ticks and upserts bars and indicator values on one connection in one transaction, so a
 * failed flush leaves nothing half-written and can be retried. The DataSource must reach the tables
 * of {@code V20__market_data.sql}.
 */
public final class PostgresTickStore implements MarketDataStore {
  /** Ticks per COPY round: bounds the COPY text held in memory. */
  public static final int DEFAULT_CHUNK_ROWS = 100_000;

  private final DataSource dataSource;
  private final PostgresTickCopy tickCopy;
  private final PostgresUpserts upserts = new PostgresUpserts();
  private final PostgresQueries queries = new PostgresQueries();
  private final WriteBuffer buffer = new WriteBuffer();

  public PostgresTickStore(DataSource dataSource) {
    this(dataSource, DEFAULT_CHUNK_ROWS);
  }

  public PostgresTickStore(DataSource dataSource, int chunkRows) {
    this.dataSource = dataSource;
    this.tickCopy = new PostgresTickCopy(chunkRows);
  }

  @Override
  public void appendTicks(List<Tick> ticks) {
    buffer.addTicks(ticks);
  }

  @Override
  public void appendBars(List<Bar> bars) {
    buffer.addBars(bars);
  }

  @Override
  public void appendIndicators(List<IndicatorValue> values) {
    buffer.addIndicators(values);
  }

  @Override
  public void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    Jdbc.withConnection(
        dataSource,
        "Postgres flush failed",
        connection -> {
          PgTransaction.run(connection, this::writeBuffer);
          buffer.ticks().clear();
          buffer.bars().clear();
          buffer.indicators().clear();
          return null;
        });
  }

  private void writeBuffer(Connection connection) throws SQLException {
    tickCopy.copy(connection, buffer.ticks());
    upserts.bars(connection, buffer.bars());
    upserts.indicators(connection, buffer.indicators());
  }

  @Override
  public List<Tick> lastTicks(String symbol, int n) {
    return read(c -> queries.lastTicks(c, symbol, n));
  }

  @Override
  public List<Bar> ohlc(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(c -> queries.ohlc(c, symbol, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<Bar> bars(String symbol, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(c -> queries.bars(c, symbol, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<IndicatorValue> indicators(
      String symbol, Timeframe timeframe, String name, long fromMillis, long toMillis) {
    return read(c -> queries.indicators(c, symbol, timeframe, name, fromMillis, toMillis));
  }

  private <T> T read(Jdbc.Work<T> query) {
    return Jdbc.withConnection(dataSource, "Postgres query failed", query);
  }
}

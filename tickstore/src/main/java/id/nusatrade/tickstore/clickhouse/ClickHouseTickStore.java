package id.nusatrade.tickstore.clickhouse;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.tickstore.Jdbc;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.TickStoreException;
import id.nusatrade.tickstore.WriteBuffer;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * {@link TickStore} on ClickHouse: the store for large tick histories and fast OHLC scans. Appends
 * are buffered; {@link #flush()} sends them as chunked batch inserts, in parallel when large. Build
 * the DataSource with {@link ClickHouseDataSources} and the tables with {@link ClickHouseSchema}.
 */
public final class ClickHouseTickStore implements MarketDataStore {
  /** Rows per insert request: big parts are what MergeTree wants, bounded for memory. */
  public static final int DEFAULT_CHUNK_ROWS = 100_000;

  /** Parallel insert connections for a large flush: one per core, at most four. */
  public static final int DEFAULT_WORKERS =
      Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

  private final DataSource dataSource;
  private final ClickHouseInserts inserts;
  private final ClickHouseQueries queries = new ClickHouseQueries();
  private final WriteBuffer buffer = new WriteBuffer();

  public ClickHouseTickStore(DataSource dataSource) {
    this(dataSource, DEFAULT_CHUNK_ROWS);
  }

  public ClickHouseTickStore(DataSource dataSource, int chunkRows) {
    this(dataSource, chunkRows, DEFAULT_WORKERS);
  }

  /**
   * @param chunkRows rows per insert request
   * @param workers connections a flush of several chunks inserts on in parallel
   */
  public ClickHouseTickStore(DataSource dataSource, int chunkRows, int workers) {
    this.dataSource = dataSource;
    this.inserts = new ClickHouseInserts(dataSource, chunkRows, workers);
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
    try {
      inserts.ticks(buffer.ticks());
      buffer.ticks().clear();
      inserts.bars(buffer.bars());
      buffer.bars().clear();
      inserts.indicators(buffer.indicators());
      buffer.indicators().clear();
    } catch (SQLException e) {
      throw new TickStoreException("ClickHouse flush failed", e);
    }
  }

  @Override
  public List<FeedId> feeds(TenantId tenant) {
    return read(c -> queries.feeds(c, tenant));
  }

  @Override
  public OptionalLong lastSequence(FeedId feed) {
    return read(c -> queries.lastSequence(c, feed));
  }

  @Override
  public List<Tick> lastTicks(FeedId feed, int n) {
    return read(c -> queries.lastTicks(c, feed, n));
  }

  @Override
  public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(c -> queries.ohlc(c, feed, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(c -> queries.bars(c, feed, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
    return read(c -> queries.lastBars(c, feed, timeframe, n));
  }

  @Override
  public List<IndicatorValue> indicators(
      FeedId feed, Timeframe timeframe, String name, long fromMillis, long toMillis) {
    return read(c -> queries.indicators(c, feed, timeframe, name, fromMillis, toMillis));
  }

  private <T> T read(Jdbc.Work<T> query) {
    return Jdbc.withConnection(dataSource, "ClickHouse query failed", query);
  }
}

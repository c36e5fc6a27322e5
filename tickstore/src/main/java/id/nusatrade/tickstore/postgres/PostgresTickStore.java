package id.nusatrade.tickstore.postgres;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.platform.jdbc.TenantScopedJdbc;
import id.nusatrade.tickstore.Jdbc;
import id.nusatrade.tickstore.MarketDataStore;
import id.nusatrade.tickstore.WriteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * {@link TickStore} on PostgreSQL, the embedded default. Appends are buffered; {@link #flush()}
 * writes feeds, ticks, bars and indicator values on one connection in one transaction, each
 * tenant's rows with that tenant set for row-level security, so a failed flush leaves nothing
 * half-written and can be retried. Ticks are inserted idempotently (feed, time, sequence), bars and
 * values are upserts. Reads run in a transaction scoped to the feed's tenant. The DataSource should
 * be the application's non-owner role; the tables come from {@code V24__market_data_per_feed.sql}.
 */
public final class PostgresTickStore implements MarketDataStore {
  /** Ticks per insert statement: bounds the arrays held in memory. */
  public static final int DEFAULT_CHUNK_ROWS = 100_000;

  private final DataSource dataSource;
  private final PostgresTickInserts tickInserts;
  private final PostgresUpserts upserts = new PostgresUpserts();
  private final PostgresQueries queries = new PostgresQueries();
  private final WriteBuffer buffer = new WriteBuffer();

  public PostgresTickStore(DataSource dataSource) {
    this(dataSource, DEFAULT_CHUNK_ROWS);
  }

  public PostgresTickStore(DataSource dataSource, int chunkRows) {
    this.dataSource = dataSource;
    this.tickInserts = new PostgresTickInserts(chunkRows);
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
          TenantScopedJdbc.inTransaction(connection, this::writeBuffer);
          buffer.clear();
          return null;
        });
  }

  private Void writeBuffer(Connection connection) throws SQLException {
    for (Map.Entry<TenantId, WriteBuffer> tenant : buffer.byTenant().entrySet()) {
      WriteBuffer rows = tenant.getValue();
      TenantScopedJdbc.scope(connection, tenant.getKey());
      upserts.feeds(connection, rows.feeds());
      tickInserts.insert(connection, rows.ticks());
      upserts.bars(connection, rows.bars());
      upserts.indicators(connection, rows.indicators());
    }
    return null;
  }

  @Override
  public List<FeedId> feeds(TenantId tenant) {
    return read(tenant, c -> queries.feeds(c, tenant));
  }

  @Override
  public OptionalLong lastSequence(FeedId feed) {
    return read(feed.tenant(), c -> queries.lastSequence(c, feed));
  }

  @Override
  public List<Tick> lastTicks(FeedId feed, int n) {
    return read(feed.tenant(), c -> queries.lastTicks(c, feed, n));
  }

  @Override
  public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(feed.tenant(), c -> queries.ohlc(c, feed, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    return read(feed.tenant(), c -> queries.bars(c, feed, timeframe, fromMillis, toMillis));
  }

  @Override
  public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
    return read(feed.tenant(), c -> queries.lastBars(c, feed, timeframe, n));
  }

  @Override
  public List<IndicatorValue> indicators(
      FeedId feed, Timeframe timeframe, String name, long fromMillis, long toMillis) {
    return read(
        feed.tenant(), c -> queries.indicators(c, feed, timeframe, name, fromMillis, toMillis));
  }

  private <T> T read(TenantId tenant, Jdbc.Work<T> query) {
    return Jdbc.withConnection(
        dataSource,
        "Postgres query failed",
        c -> TenantScopedJdbc.inTenant(c, tenant, query::apply));
  }
}

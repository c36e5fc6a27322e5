package id.nusatrade.backtest.service;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.MarketQueries;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.market.bars.BarSeries;
import java.util.Optional;

/**
 * Stored bars from the tick store the market REST reads (the tenant's feed chosen the same way), as
 * columns; volume is the bar's tick count, as in the chart.
 */
public final class TickStoreBars implements StoredBars {
  private final TickStore store;
  private final MarketQueries queries;

  public TickStoreBars(TickStore store) {
    this.store = store;
    this.queries = new MarketQueries(store);
  }

  @Override
  public java.util.List<String> symbols(TenantId tenant) {
    return queries.symbols(tenant);
  }

  @Override
  public Optional<FeedId> feed(TenantId tenant, String symbol) {
    return queries.feed(tenant, symbol);
  }

  @Override
  public BarSeries bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
    BarSeries.Builder columns = new BarSeries.Builder();
    for (Bar bar : store.bars(feed, timeframe, fromMillis, toMillis)) {
      columns.add(
          bar.openTimeMillis(), bar.open(), bar.high(), bar.low(), bar.close(), bar.tickVolume());
    }
    return columns.build();
  }
}

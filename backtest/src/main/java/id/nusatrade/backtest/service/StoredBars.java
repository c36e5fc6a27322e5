package id.nusatrade.backtest.service;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.market.bars.BarSeries;
import java.util.Optional;

/** Port: the tenant's stored bars, as the market REST reads them. */
public interface StoredBars {
  /** Symbols the tenant's terminals stream (what a stored-bars run may pick), sorted. */
  java.util.List<String> symbols(TenantId tenant);

  /** The tenant's feed of a symbol; empty when none of its terminals streams it. */
  Optional<FeedId> feed(TenantId tenant, String symbol);

  /** Closed bars of {@code feed} for [fromMillis, toMillis), oldest first. */
  BarSeries bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis);
}

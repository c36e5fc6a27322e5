package id.nusatrade.ui.market;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;

/**
 * A market event the live chart reacts to, already decoded; always of one feed: a tenant's terminal
 * (account) and symbol.
 */
public sealed interface MarketUpdate {
  FeedId feed();

  default TenantId tenant() {
    return feed().tenant();
  }

  default String symbol() {
    return feed().symbol();
  }

  /** A sampled tick (at most one per symbol and second): moves the in-progress candle. */
  record TickSample(FeedId feed, long time, double bid, double ask) implements MarketUpdate {
    public double mid() {
      return (bid + ask) / 2;
    }
  }

  /** A bar the gateway closed: the final values of that candle. */
  record ClosedBar(FeedId feed, Timeframe timeframe, Candle candle) implements MarketUpdate {}
}

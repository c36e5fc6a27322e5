package id.nusatrade.ui.market;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;

/** A market event the live chart reacts to, already decoded; always of one tenant's terminal. */
public sealed interface MarketUpdate {
  TenantId tenant();

  String symbol();

  /** A sampled tick (at most one per symbol and second): moves the in-progress candle. */
  record TickSample(TenantId tenant, String symbol, long time, double bid, double ask)
      implements MarketUpdate {
    public double mid() {
      return (bid + ask) / 2;
    }
  }

  /** A bar the gateway closed: the final values of that candle. */
  record ClosedBar(TenantId tenant, String symbol, Timeframe timeframe, Candle candle)
      implements MarketUpdate {}
}

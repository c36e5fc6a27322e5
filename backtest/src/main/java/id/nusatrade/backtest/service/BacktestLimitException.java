package id.nusatrade.backtest.service;

import id.nusatrade.domain.tenant.Tier;

/** The tenant already runs as many backtests as its tier allows at once; nothing was started. */
public final class BacktestLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Tier tier;
  private final int limit;

  public BacktestLimitException(Tier tier, int limit) {
    super(
        "the "
            + tier.name().toLowerCase(java.util.Locale.ROOT)
            + " tier runs at most "
            + limit
            + " backtest"
            + (limit == 1 ? "" : "s")
            + " at once (entitlement concurrentBacktests); wait for one to finish or upgrade");
    this.tier = tier;
    this.limit = limit;
  }

  public Tier tier() {
    return tier;
  }

  public int limit() {
    return limit;
  }
}

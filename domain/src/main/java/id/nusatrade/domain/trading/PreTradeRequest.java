package id.nusatrade.domain.trading;

import id.nusatrade.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the rules see of an order intent: the intent, its account's tenant, mode and state, the
 * signed open position in the symbol and the reference price (the last quote on the order's side,
 * or null before the first quote); the account's P&amp;L of today's trading day (Asia/Jakarta) in
 * IDR, the unit of the risk limits: realised less commissions, and unrealised at the last quotes
 * (both null when a currency the account traded today has no known IDR rate: the day's loss is then
 * unknown, not zero); and its run of losing closed trades with the time the last one closed (null
 * without losses); and how many orders it has sent to the LIVE venue so far (zero on a LIVE
 * account: this is its first live trade).
 */
public record PreTradeRequest(
    TenantId tenant,
    AccountMode mode,
    TradingState tradingState,
    OrderIntent intent,
    BigDecimal position,
    BigDecimal referencePrice,
    BigDecimal realisedPnlTodayIdr,
    BigDecimal unrealisedPnlTodayIdr,
    int consecutiveLosses,
    Instant lastLossAt,
    long liveTradesSoFar) {
  public PreTradeRequest {
    if ((realisedPnlTodayIdr == null) != (unrealisedPnlTodayIdr == null)) {
      throw new IllegalArgumentException("today's realised and unrealised P&L are known together");
    }
    if (consecutiveLosses < 0 || (consecutiveLosses > 0) != (lastLossAt != null)) {
      throw new IllegalArgumentException(
          "a loss streak of " + consecutiveLosses + " with last loss at " + lastLossAt);
    }
    if (liveTradesSoFar < 0) {
      throw new IllegalArgumentException("liveTradesSoFar must be >= 0: " + liveTradesSoFar);
    }
  }

  /**
   * An account with no P&amp;L today, no losing trades and no live trade yet (tests, benchmarks).
   */
  public PreTradeRequest(
      TenantId tenant,
      AccountMode mode,
      TradingState tradingState,
      OrderIntent intent,
      BigDecimal position,
      BigDecimal referencePrice) {
    this(
        tenant,
        mode,
        tradingState,
        intent,
        position,
        referencePrice,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        null,
        0);
  }

  /** A LIVE account that has not sent a live order yet: the rules may ask a person first. */
  public boolean firstLiveTrade() {
    return mode == AccountMode.LIVE && liveTradesSoFar == 0;
  }

  /** Whether today's P&amp;L in IDR is known (every traded currency has an IDR rate). */
  public boolean pnlTodayKnown() {
    return realisedPnlTodayIdr != null;
  }
}

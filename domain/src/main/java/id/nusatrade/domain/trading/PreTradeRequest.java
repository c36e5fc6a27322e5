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
 * unknown, not zero); its run of losing closed trades with the time the last one closed (null
 * without losses); and how many orders it has sent to a venue while LIVE (null when the caller does
 * not know: the check then uses its own account data), so its first live trade is recognised.
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
    Long liveOrdersSent) {
  public PreTradeRequest {
    if ((realisedPnlTodayIdr == null) != (unrealisedPnlTodayIdr == null)) {
      throw new IllegalArgumentException("today's realised and unrealised P&L are known together");
    }
    if (consecutiveLosses < 0 || (consecutiveLosses > 0) != (lastLossAt != null)) {
      throw new IllegalArgumentException(
          "a loss streak of " + consecutiveLosses + " with last loss at " + lastLossAt);
    }
  }

  /** Without the count of live orders sent (the check's own account data decides). */
  public PreTradeRequest(
      TenantId tenant,
      AccountMode mode,
      TradingState tradingState,
      OrderIntent intent,
      BigDecimal position,
      BigDecimal referencePrice,
      BigDecimal realisedPnlTodayIdr,
      BigDecimal unrealisedPnlTodayIdr,
      int consecutiveLosses,
      Instant lastLossAt) {
    this(
        tenant,
        mode,
        tradingState,
        intent,
        position,
        referencePrice,
        realisedPnlTodayIdr,
        unrealisedPnlTodayIdr,
        consecutiveLosses,
        lastLossAt,
        null);
  }

  /** An account with no P&amp;L today and no losing trades (tests, benchmarks). */
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
        null);
  }

  /** Whether today's P&amp;L in IDR is known (every traded currency has an IDR rate). */
  public boolean pnlTodayKnown() {
    return realisedPnlTodayIdr != null;
  }
}

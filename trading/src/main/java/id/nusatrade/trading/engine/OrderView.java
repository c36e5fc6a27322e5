package id.nusatrade.trading.engine;

import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.Order;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as it was at one moment (taken on the engine's thread, safe to read anywhere); {@code
 * valuation} is the notional the pre-trade check judged, or null ({@link Order#valuation}).
 */
public record OrderView(
    long id,
    OrderIntent intent,
    long createdAtMillis,
    ExitReason exitReason,
    OrderState state,
    BigDecimal filledQuantity,
    BigDecimal averagePrice,
    List<String> reasons,
    BigDecimal valuation) {
  public static OrderView of(Order o) {
    return new OrderView(
        o.id().value(),
        o.intent(),
        o.createdAtMillis(),
        o.exitReason(),
        o.state(),
        o.filledQuantity(),
        o.averagePrice(),
        o.reasons(),
        o.valuation());
  }

  /** The risk rules' reason code for a LIVE account's first live trade waiting for approval. */
  public static final String FIRST_LIVE_TRADE = "FIRST_LIVE_TRADE";

  /**
   * Whether the rules held this order because it is its account's first live trade (the
   * trade-approval process reviews those by a person).
   */
  public boolean firstLiveTrade() {
    for (String r : reasons) {
      if (r.startsWith(FIRST_LIVE_TRADE + ":")) {
        return true;
      }
    }
    return false;
  }
}

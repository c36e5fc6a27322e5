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
}

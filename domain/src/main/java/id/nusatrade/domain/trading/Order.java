package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An order and its state machine. Every change goes through {@link #moveTo} so an illegal one (a
 * fill after a cancel, a second reject) throws {@link IllegalOrderTransitionException} and changes
 * nothing. Filled quantity never exceeds the ordered quantity. Single writer: the engine.
 */
public final class Order {
  private final OrderId id;
  private final OrderIntent intent;
  private final long createdAtMillis;
  private final ExitReason exitReason;
  private OrderState state = OrderState.NEW;
  private BigDecimal filled = BigDecimal.ZERO;
  private BigDecimal averagePrice;
  private List<String> reasons = List.of();
  private BigDecimal valuation;

  public Order(OrderId id, OrderIntent intent, long createdAtMillis) {
    this(id, intent, createdAtMillis, null);
  }

  /** An order the engine placed itself to leave a position ({@code exitReason} says why). */
  public Order(OrderId id, OrderIntent intent, long createdAtMillis, ExitReason exitReason) {
    this.id = Objects.requireNonNull(id, "order id");
    this.intent = Objects.requireNonNull(intent, "intent");
    this.createdAtMillis = createdAtMillis;
    this.exitReason = exitReason;
  }

  public void send() {
    moveTo(OrderState.SENT);
  }

  public void awaitApproval(List<String> why) {
    moveTo(OrderState.PENDING_APPROVAL);
    reasons = List.copyOf(why);
  }

  public void accept() {
    moveTo(OrderState.ACCEPTED);
  }

  public void reject(List<String> why) {
    moveTo(OrderState.REJECTED);
    reasons = List.copyOf(why);
  }

  public void cancel() {
    moveTo(OrderState.CANCELLED);
  }

  public void expire() {
    moveTo(OrderState.EXPIRED);
  }

  /** Expires it and says why (an approval nobody gave in time). */
  public void expire(List<String> why) {
    moveTo(OrderState.EXPIRED);
    reasons = List.copyOf(why);
  }

  /** Applies a fill: PARTIALLY_FILLED until the whole quantity has filled, then FILLED. */
  public void fill(Fill fill) {
    BigDecimal after = filled.add(fill.quantity());
    int cmp = after.compareTo(intent.quantity());
    if (cmp > 0) {
      throw new IllegalArgumentException(
          "fill "
              + fill.executionId()
              + " of "
              + fill.quantity()
              + " overfills order "
              + intent.clientOrderId()
              + " ("
              + filled
              + " of "
              + intent.quantity()
              + " filled)");
    }
    moveTo(cmp == 0 ? OrderState.FILLED : OrderState.PARTIALLY_FILLED);
    BigDecimal notional = fill.price().multiply(fill.quantity());
    if (averagePrice != null) {
      notional = notional.add(averagePrice.multiply(filled));
    }
    averagePrice = notional.divide(after, TradingMath.PRICE_SCALE, TradingMath.ROUNDING);
    filled = after;
  }

  private void moveTo(OrderState target) {
    if (!state.canMoveTo(target)) {
      throw new IllegalOrderTransitionException(intent.clientOrderId(), state, target);
    }
    state = target;
  }

  public OrderId id() {
    return id;
  }

  public OrderIntent intent() {
    return intent;
  }

  public long createdAtMillis() {
    return createdAtMillis;
  }

  /** Null for an order a strategy or a person asked for. */
  public ExitReason exitReason() {
    return exitReason;
  }

  public OrderState state() {
    return state;
  }

  public BigDecimal filledQuantity() {
    return filled;
  }

  public BigDecimal remainingQuantity() {
    return intent.quantity().subtract(filled);
  }

  /** Volume-weighted average fill price, or null before the first fill. */
  public BigDecimal averagePrice() {
    return averagePrice;
  }

  /** Why the rules or the venue refused it, or why it waits for approval. */
  public List<String> reasons() {
    return reasons;
  }

  /**
   * The notional the pre-trade check valued the order at when it was submitted, or null (none
   * valued, or the order was rebuilt from the journal, which does not keep it).
   */
  public BigDecimal valuation() {
    return valuation;
  }

  public void valued(BigDecimal notional) {
    valuation = notional;
  }

  @Override
  public String toString() {
    return "Order[" + id + " " + intent.clientOrderId() + " " + state + "]";
  }
}

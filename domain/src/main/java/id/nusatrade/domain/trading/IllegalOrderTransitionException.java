package id.nusatrade.domain.trading;

/** A change the order state machine does not allow (for example a fill after a cancel). */
public final class IllegalOrderTransitionException extends IllegalStateException {
  public IllegalOrderTransitionException(ClientOrderId order, OrderState from, OrderState to) {
    super("order " + order + " cannot go from " + from + " to " + to);
  }
}

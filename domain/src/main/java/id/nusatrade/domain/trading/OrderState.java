package id.nusatrade.domain.trading;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an order. NEW → SENT → ACCEPTED → PARTIALLY_FILLED → FILLED, ending early as
 * REJECTED, CANCELLED or EXPIRED; PENDING_APPROVAL sits between NEW and SENT when the rules ask a
 * person first. A market order may fill straight from SENT (venues need not acknowledge first).
 */
public enum OrderState {
  NEW,
  PENDING_APPROVAL,
  SENT,
  ACCEPTED,
  PARTIALLY_FILLED,
  FILLED,
  REJECTED,
  CANCELLED,
  EXPIRED;

  private Set<OrderState> next;

  static {
    NEW.next = EnumSet.of(SENT, PENDING_APPROVAL, REJECTED);
    PENDING_APPROVAL.next = EnumSet.of(SENT, REJECTED, CANCELLED, EXPIRED);
    SENT.next = EnumSet.of(ACCEPTED, PARTIALLY_FILLED, FILLED, REJECTED, CANCELLED, EXPIRED);
    ACCEPTED.next = EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED);
    PARTIALLY_FILLED.next = EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED);
    FILLED.next = EnumSet.noneOf(OrderState.class);
    REJECTED.next = EnumSet.noneOf(OrderState.class);
    CANCELLED.next = EnumSet.noneOf(OrderState.class);
    EXPIRED.next = EnumSet.noneOf(OrderState.class);
  }

  public boolean canMoveTo(OrderState target) {
    return next.contains(target);
  }

  /** No further change is possible. */
  public boolean terminal() {
    return next.isEmpty();
  }

  /** The venue may still fill it. */
  public boolean working() {
    return this == SENT || this == ACCEPTED || this == PARTIALLY_FILLED;
  }
}

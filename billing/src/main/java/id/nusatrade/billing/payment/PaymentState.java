package id.nusatrade.billing.payment;

/**
 * Our state of a payment. Moves only forward: PENDING → PAID or FAILED; FAILED → PAID (money that
 * arrived after all, as the status API confirms); PAID → REFUNDED. Any other move is a duplicate or
 * a late, out-of-order delivery and changes nothing.
 */
public enum PaymentState {
  PENDING,
  PAID,
  FAILED,
  REFUNDED;

  public boolean canMoveTo(PaymentState next) {
    return switch (this) {
      case PENDING -> next == PAID || next == FAILED;
      case FAILED -> next == PAID;
      case PAID -> next == REFUNDED;
      case REFUNDED -> false;
    };
  }
}

package id.nusatrade.billing.payment;

/**
 * What a notification did. Only a bad signature is refused (HTTP 403); everything else is answered
 * 200 so the gateway stops retrying, whether it changed something or not.
 */
public enum NotificationOutcome {
  /** Signature missing or wrong: nothing read, nothing changed. */
  REJECTED_SIGNATURE(false),
  /** Signed, but for an order we never created (a dashboard test, another system). */
  UNKNOWN_ORDER(true),
  /** The confirmed amount differs from what we charged: nothing changed, kept for review. */
  AMOUNT_MISMATCH(true),
  /** A duplicate, a late out-of-order delivery, or a state that means nothing new. */
  UNCHANGED(true),
  /** The payment moved to a new state (and the plan was activated, voided or refunded). */
  APPLIED(true);

  private final boolean accepted;

  NotificationOutcome(boolean accepted) {
    this.accepted = accepted;
  }

  public boolean accepted() {
    return accepted;
  }
}

package id.nusatrade.billing.subscription;

/**
 * TRIAL: a paid tier without payment until the trial ends; ACTIVE: paid (or Free); OVERDUE: the
 * renewal was not paid, features still on while reminders go out; RESTRICTED: still unpaid, the
 * tenant is held to Free's entitlements until it pays or falls back to Free.
 */
public enum SubscriptionStatus {
  TRIAL,
  ACTIVE,
  OVERDUE,
  RESTRICTED;

  /** Overdue or restricted: a renewal is unpaid. */
  public boolean unpaid() {
    return this == OVERDUE || this == RESTRICTED;
  }
}

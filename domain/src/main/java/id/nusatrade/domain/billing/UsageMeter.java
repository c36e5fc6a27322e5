package id.nusatrade.domain.billing;

/**
 * Port: counts metered use exactly once per event id. {@link #admit} also enforces the tier's
 * monthly quota atomically (no over-admission under concurrent calls).
 */
public interface UsageMeter {
  /** Counts the event; false if its id was already counted. */
  boolean record(UsageEvent event);

  /**
   * Counts the event only if it fits the tenant's quota for its metric this month; a repeated id is
   * admitted without counting again. Throws {@link QuotaExceededException} otherwise.
   */
  void admit(UsageEvent event);
}

package id.nusatrade.domain.billing;

import java.time.Instant;

/** A use refused because the tier's quota for the period is spent; says which and until when. */
public class QuotaExceededException extends RuntimeException {
  private final UsageMetric metric;
  private final long quota;
  private final Instant resetsAt;

  public QuotaExceededException(UsageMetric metric, long quota, Instant resetsAt) {
    super(
        "quota "
            + metric.name().toLowerCase(java.util.Locale.ROOT)
            + " of "
            + quota
            + " per month is used up; it resets at "
            + resetsAt);
    this.metric = metric;
    this.quota = quota;
    this.resetsAt = resetsAt;
  }

  public UsageMetric metric() {
    return metric;
  }

  public long quota() {
    return quota;
  }

  public Instant resetsAt() {
    return resetsAt;
  }
}

package id.nusatrade.billing.usage;

import id.nusatrade.billing.catalog.BillingPeriod;
import java.time.Instant;
import java.time.LocalDate;

/** Quotas count per calendar month in Jakarta time and reset at its end. */
public record UsagePeriod(LocalDate start) {
  public static UsagePeriod of(Instant at) {
    return new UsagePeriod(at.atZone(BillingPeriod.BILLING_ZONE).toLocalDate().withDayOfMonth(1));
  }

  public Instant resetsAt() {
    return start.plusMonths(1).atStartOfDay(BillingPeriod.BILLING_ZONE).toInstant();
  }
}

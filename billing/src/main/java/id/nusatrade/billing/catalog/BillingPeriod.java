package id.nusatrade.billing.catalog;

import java.time.Instant;
import java.time.ZoneId;

/** How long one paid period of a plan lasts, counted in calendar months in Jakarta time. */
public enum BillingPeriod {
  MONTHLY(1),
  YEARLY(12);

  /** Periods start and end on Jakarta (WIB) calendar dates, as Indonesian invoices state them. */
  public static final ZoneId BILLING_ZONE = ZoneId.of("Asia/Jakarta");

  private final int months;

  BillingPeriod(int months) {
    this.months = months;
  }

  public Instant end(Instant start) {
    return start.atZone(BILLING_ZONE).plusMonths(months).toInstant();
  }
}

package id.nusatrade.billing.subscription;

import id.nusatrade.domain.money.Idr;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/**
 * The credit for the unused part of a paid period: price × remaining time / period length, rounded
 * down to whole rupiah (Midtrans charges IDR without sen). Nothing for Free, a trial or a period
 * that has ended.
 */
public final class Proration {
  private Proration() {}

  public static Idr unusedCredit(Subscription current, Instant now) {
    if (current.status() != SubscriptionStatus.ACTIVE
        || current.price().sen() <= 0
        || current.periodEnd().isEmpty()
        || !now.isBefore(current.periodEnd().get())
        || now.isBefore(current.periodStart())) {
      return Idr.ZERO;
    }
    long total = Duration.between(current.periodStart(), current.periodEnd().get()).toMillis();
    long remaining = Duration.between(now, current.periodEnd().get()).toMillis();
    BigInteger sen =
        BigInteger.valueOf(current.price().sen())
            .multiply(BigInteger.valueOf(remaining))
            .divide(BigInteger.valueOf(total));
    return Idr.of(sen.longValueExact() / 100);
  }
}

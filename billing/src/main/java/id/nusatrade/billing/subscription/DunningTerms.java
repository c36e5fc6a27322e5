package id.nusatrade.billing.subscription;

import id.nusatrade.billing.BillingSetting;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * How long an unpaid renewal is given: the charge's validity, then {@code maxReminders} reminders
 * {@code reminderInterval} apart, then restricted features for {@code downgradeAfter}, then Free.
 * The subscription process reads them as variables each period, so a changed setting applies from
 * the next period on.
 */
public record DunningTerms(
    Duration paymentExpiry, Duration reminderInterval, int maxReminders, Duration downgradeAfter) {
  public static final DunningTerms DEFAULTS = fromSettings(name -> null);

  public DunningTerms {
    positive(paymentExpiry, "payment expiry");
    positive(reminderInterval, "reminder interval");
    positive(downgradeAfter, "downgrade after");
    if (maxReminders < 1) {
      throw new IllegalArgumentException("at least one reminder is sent: " + maxReminders);
    }
  }

  /** From billing's settings; {@code lookup} maps an environment name to its value or null. */
  public static DunningTerms fromSettings(Function<String, String> lookup) {
    return new DunningTerms(
        duration(BillingSetting.PAYMENT_EXPIRY, lookup),
        duration(BillingSetting.REMINDER_INTERVAL, lookup),
        Integer.parseInt(BillingSetting.MAX_REMINDERS.from(lookup).strip()),
        duration(BillingSetting.DOWNGRADE_AFTER, lookup));
  }

  private static Duration duration(BillingSetting setting, Function<String, String> lookup) {
    String text = setting.from(lookup);
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          setting.spec().envName() + " must be an ISO-8601 duration such as P3D: " + text, e);
    }
  }

  private static void positive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + duration);
    }
  }
}

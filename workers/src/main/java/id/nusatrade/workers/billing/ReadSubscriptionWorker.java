package id.nusatrade.workers.billing;

import static id.nusatrade.processes.billing.SubscriptionProcess.*;

import id.nusatrade.billing.subscription.DunningTerms;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Job {@value id.nusatrade.processes.billing.SubscriptionProcess#READ_JOB}: the subscription's
 * status and period end, and the dunning terms in force (read each period, so a changed setting
 * applies from the next one). A tenant without a paid period is {@code FREE}.
 */
public final class ReadSubscriptionWorker implements JobHandler {
  private final SubscriptionLifecycle lifecycle;
  private final DunningTerms terms;

  public ReadSubscriptionWorker(SubscriptionLifecycle lifecycle, DunningTerms terms) {
    this.lifecycle = lifecycle;
    this.terms = terms;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    Optional<Subscription> subscription = lifecycle.read(BillingJobs.tenant(job));
    Map<String, Object> variables = new HashMap<>();
    if (subscription.isPresent() && subscription.get().periodEnd().isPresent()) {
      variables.put(STATUS, subscription.get().status().name());
      variables.put(PERIOD_END, subscription.get().periodEnd().get().toString());
    } else {
      variables.put(STATUS, "FREE");
    }
    variables.put(PaymentProcess.PAYMENT_EXPIRY, terms.paymentExpiry().toString());
    variables.put(REMINDER_INTERVAL, terms.reminderInterval().toString());
    variables.put(MAX_REMINDERS, terms.maxReminders());
    variables.put(DOWNGRADE_AFTER, terms.downgradeAfter().toString());
    variables.put(REMINDERS_SENT, 0);
    return variables;
  }
}

package id.nusatrade.workers.billing;

import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;
import java.util.function.Function;

/**
 * Jobs {@code mark-overdue}, {@code restrict-features} and {@code downgrade-to-free}: one step of
 * {@link id.nusatrade.billing.subscription.SubscriptionLifecycle} each, which does nothing once the
 * tenant has paid or the step was taken.
 */
public final class DunningStepWorker implements JobHandler {
  private final Function<TenantId, Subscription> step;

  public DunningStepWorker(Function<TenantId, Subscription> step) {
    this.step = step;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    step.apply(BillingJobs.tenant(job));
    return Map.of();
  }
}

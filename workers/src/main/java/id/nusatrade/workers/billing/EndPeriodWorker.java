package id.nusatrade.workers.billing;

import static id.nusatrade.processes.billing.SubscriptionProcess.*;

import id.nusatrade.billing.subscription.PeriodEnd;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value id.nusatrade.processes.billing.SubscriptionProcess#END_PERIOD_JOB}: {@link
 * SubscriptionLifecycle#endPeriod}; a renewal hands its invoice and order to the payment process.
 */
public final class EndPeriodWorker implements JobHandler {
  private final SubscriptionLifecycle lifecycle;

  public EndPeriodWorker(SubscriptionLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    return switch (lifecycle.endPeriod(BillingJobs.tenant(job))) {
      case PeriodEnd.NotDue notDue -> Map.of(PERIOD_OUTCOME, NOT_DUE);
      case PeriodEnd.Ended ended -> Map.of(PERIOD_OUTCOME, ENDED);
      case PeriodEnd.Invoiced invoiced ->
          Map.of(
              PERIOD_OUTCOME,
              INVOICED,
              PaymentProcess.INVOICE_ID,
              invoiced.invoice().value().toString(),
              PaymentProcess.ORDER_ID,
              invoiced.order().value());
    };
  }
}

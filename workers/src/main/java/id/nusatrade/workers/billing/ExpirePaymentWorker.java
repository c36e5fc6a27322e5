package id.nusatrade.workers.billing;

import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value PaymentProcess#EXPIRE_JOB}: {@link PaymentExpiry#expire} (the status API first), and
 * the state it left as {@value PaymentProcess#PAYMENT_STATE}.
 */
public final class ExpirePaymentWorker implements JobHandler {
  private final PaymentExpiry expiry;

  public ExpirePaymentWorker(PaymentExpiry expiry) {
    this.expiry = expiry;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    return Map.of(
        PaymentProcess.PAYMENT_STATE,
        expiry.expire(BillingJobs.tenant(job), BillingJobs.order(job)).name());
  }
}

package id.nusatrade.workers.billing;

import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value PaymentProcess#CHARGE_JOB}: {@link InvoiceCharges#charge}, idempotency key = the
 * invoice's order id, so a redelivered job creates no second charge. A refusal the gateway will
 * repeat is the BPMN error {@value PaymentProcess#CHARGE_REFUSED_ERROR}; a network failure or a 5xx
 * fails the job, and the engine retries it.
 */
public final class ChargeInvoiceWorker implements JobHandler {
  private final InvoiceCharges charges;

  public ChargeInvoiceWorker(InvoiceCharges charges) {
    this.charges = charges;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    try {
      charges.charge(BillingJobs.tenant(job), BillingJobs.invoice(job));
    } catch (PaymentGatewayException e) {
      if (e.retryable()) {
        throw e;
      }
      throw new BpmnErrorException(PaymentProcess.CHARGE_REFUSED_ERROR, e.getMessage());
    }
    return Map.of();
  }
}

package id.nusatrade.workers.billing;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.workers.JobInput;
import java.util.UUID;

/** The typed ids billing's jobs carry as variables. */
final class BillingJobs {
  private BillingJobs() {}

  static TenantId tenant(JobInput job) {
    return TenantId.of(job.requireText(PaymentProcess.TENANT_ID));
  }

  static InvoiceId invoice(JobInput job) {
    return new InvoiceId(UUID.fromString(job.requireText(PaymentProcess.INVOICE_ID)));
  }

  static OrderId order(JobInput job) {
    return new OrderId(job.requireText(PaymentProcess.ORDER_ID));
  }
}

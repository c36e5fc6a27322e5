package id.nusatrade.workers.billing;

import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.billing.subscription.DunningTerms;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import id.nusatrade.workers.WorkerRegistry;

/**
 * Registers the workers of {@code subscription} and {@code payment} with the billing services the
 * application built (they need its database and gateway, so they come from outside).
 */
public record BillingWorkers(
    SubscriptionLifecycle lifecycle,
    InvoiceCharges charges,
    PaymentExpiry expiry,
    Notices notices,
    DunningTerms terms) {

  public void registerWith(WorkerRegistry registry) {
    registry
        .register(SubscriptionProcess.READ_JOB, new ReadSubscriptionWorker(lifecycle, terms))
        .register(SubscriptionProcess.END_PERIOD_JOB, new EndPeriodWorker(lifecycle))
        .register(
            SubscriptionProcess.MARK_OVERDUE_JOB, new DunningStepWorker(lifecycle::markOverdue))
        .register(SubscriptionProcess.SEND_REMINDER_JOB, new SendReminderWorker(notices))
        .register(
            SubscriptionProcess.RESTRICT_FEATURES_JOB, new DunningStepWorker(lifecycle::restrict))
        .register(
            SubscriptionProcess.DOWNGRADE_TO_FREE_JOB,
            new DunningStepWorker(lifecycle::downgradeToFree))
        .register(PaymentProcess.CHARGE_JOB, new ChargeInvoiceWorker(charges))
        .register(PaymentProcess.EXPIRE_JOB, new ExpirePaymentWorker(expiry))
        .register(
            PaymentProcess.SEND_RECEIPT_JOB, new SendReceiptWorker(notices, NoticeKind.RECEIPT))
        .register(
            PaymentProcess.SEND_REFUND_RECEIPT_JOB,
            new SendReceiptWorker(notices, NoticeKind.REFUND_RECEIPT));
  }
}

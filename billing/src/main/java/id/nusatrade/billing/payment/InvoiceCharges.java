package id.nusatrade.billing.payment;

import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;

/**
 * Charges an invoice's one payment at the gateway, at most once: a payment that already has a
 * transaction id is returned as it is, and the charge carries the order id (derived from the
 * invoice) as idempotency key, so a charge whose answer was lost and is sent again (a retried
 * request, a redelivered job, a restarted server) gets the first transaction back.
 */
public final class InvoiceCharges {
  private final BillingStore store;
  private final PaymentGateway gateway;
  private final Clock clock;

  public InvoiceCharges(BillingStore store, PaymentGateway gateway, Clock clock) {
    this.store = store;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** Charges the payment of {@code invoiceId} unless it was charged or is no longer pending. */
  public Payment charge(TenantId tenant, InvoiceId invoiceId) {
    record Due(Payment payment, Invoice invoice) {}
    Due due =
        store.inTenant(
            tenant,
            tx ->
                new Due(
                    tx.paymentForUpdate(Payment.orderIdOf(invoiceId))
                        .orElseThrow(() -> missing("payment", invoiceId)),
                    tx.invoice(invoiceId).orElseThrow(() -> missing("invoice", invoiceId))));
    return charge(tenant, due.payment(), due.invoice(), null);
  }

  /** {@code cardToken} is needed for card payments only. */
  public Payment charge(TenantId tenant, Payment payment, Invoice invoice, String cardToken) {
    if (payment.charged() || payment.state() != PaymentState.PENDING) {
      return payment;
    }
    ChargeResult result =
        gateway.charge(
            new ChargeRequest(
                payment.orderId(),
                payment.grossAmount(),
                payment.method(),
                payment.orderId().value(),
                "Nusatrade " + invoice.plan() + " " + invoice.printedNumber(),
                cardToken));
    return store.inTenant(
        tenant,
        tx -> {
          Payment locked = tx.paymentForUpdate(payment.orderId()).orElseThrow();
          if (locked.charged()) {
            return locked;
          }
          Payment charged =
              locked.charged(
                  result.transactionId(),
                  result.transactionStatus(),
                  result.instructions(),
                  clock.instant());
          tx.updatePayment(charged);
          return charged;
        });
  }

  private static IllegalStateException missing(String what, InvoiceId invoice) {
    return new IllegalStateException("no " + what + " for invoice " + invoice.value());
  }
}

package id.nusatrade.billing.subscription;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;

/**
 * Port: what billing tells the processes after its transaction committed (the adapter relays them
 * as process messages). Both may be repeated: the receivers treat them as "look again".
 */
public interface BillingSignals {
  BillingSignals NONE =
      new BillingSignals() {
        @Override
        public void subscriptionChanged(TenantId tenant) {}

        @Override
        public void paymentMoved(TenantId tenant, OrderId order, PaymentState state) {}

        @Override
        public void paymentRequested(TenantId tenant, InvoiceId invoice, OrderId order) {}
      };

  /**
   * A plan became active or a trial started: the tenant's subscription process starts (if none
   * runs) or reads the subscription again.
   */
  void subscriptionChanged(TenantId tenant);

  /** A payment moved, as the gateway's status API confirmed: its payment process goes on. */
  void paymentMoved(TenantId tenant, OrderId order, PaymentState state);

  /**
   * An upgrade's invoice is to be paid: its payment process starts (charge if not charged yet, wait
   * for the notification, expire and cancel at the gateway, receipt). {@code order} derives from
   * {@code invoice}, so a repeat is the same request and starts no second process.
   */
  void paymentRequested(TenantId tenant, InvoiceId invoice, OrderId order);
}

package id.nusatrade.billing.payment;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;

/**
 * A payment whose window elapsed without a notification. The status API is asked first (a lost
 * notification must not lose money that arrived); what is still pending then is expired: FAILED,
 * its invoice void. Calling it again returns the state it left.
 */
public final class PaymentExpiry {
  private final NotificationHandler confirmation;
  private final BillingStore store;
  private final PaymentEffects effects;
  private final Clock clock;

  public PaymentExpiry(
      NotificationHandler confirmation, BillingStore store, PaymentEffects effects, Clock clock) {
    this.confirmation = confirmation;
    this.store = store;
    this.effects = effects;
    this.clock = clock;
  }

  /** The payment's state afterwards: PAID (it arrived after all), FAILED, or REFUNDED. */
  public PaymentState expire(TenantId tenant, OrderId order) {
    try {
      confirmation.confirm(tenant, order);
    } catch (PaymentGatewayException e) {
      if (e.retryable()) {
        throw e;
      }
      // the gateway does not know the order (the charge never reached it): nothing to confirm
    }
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          Payment payment =
              tx.paymentForUpdate(order)
                  .orElseThrow(() -> new IllegalStateException("no payment " + order.value()));
          if (payment.state() != PaymentState.PENDING) {
            return payment.state();
          }
          Payment expired = payment.moved(PaymentState.FAILED, "expire", now);
          tx.updatePayment(expired);
          effects.onPaymentMoved(tx, expired, now);
          tx.recordDelivery(order, "expire", "EXPIRED", now);
          return PaymentState.FAILED;
        });
  }
}

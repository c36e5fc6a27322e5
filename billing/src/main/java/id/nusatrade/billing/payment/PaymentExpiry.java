package id.nusatrade.billing.payment;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;

/**
 * A payment whose window elapsed without a notification. The status API is asked first (a lost
 * notification must not lose money that arrived); a transaction still pending is then cancelled at
 * the gateway, so the expired VA, QR or deeplink can no longer be paid, and the status asked again
 * (money that arrived in between settles it after all). What is still pending then (the gateway
 * never saw the order) is expired here: FAILED, its invoice void. Calling it again returns the
 * state it left, and cancels nothing twice.
 */
public final class PaymentExpiry {
  private static final System.Logger LOG = System.getLogger(PaymentExpiry.class.getName());

  private final NotificationHandler confirmation;
  private final PaymentGateway gateway;
  private final BillingStore store;
  private final PaymentEffects effects;
  private final Clock clock;

  public PaymentExpiry(
      NotificationHandler confirmation,
      PaymentGateway gateway,
      BillingStore store,
      PaymentEffects effects,
      Clock clock) {
    this.confirmation = confirmation;
    this.gateway = gateway;
    this.store = store;
    this.effects = effects;
    this.clock = clock;
  }

  /** The payment's state afterwards: PAID (it arrived after all), FAILED, or REFUNDED. */
  public PaymentState expire(TenantId tenant, OrderId order) {
    confirm(tenant, order);
    if (state(tenant, order) == PaymentState.PENDING) {
      cancelAtGateway(order);
      confirm(tenant, order);
    }
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          Payment payment = tx.paymentForUpdate(order).orElseThrow(() -> missing(order));
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

  private void confirm(TenantId tenant, OrderId order) {
    try {
      confirmation.confirm(tenant, order);
    } catch (PaymentGatewayException e) {
      if (e.retryable()) {
        throw e;
      }
      // the gateway does not know the order (the charge never reached it): nothing to confirm
    }
  }

  /**
   * A refusal is fine: the transaction is no longer pending there (settled in between, already
   * cancelled by an earlier run) or the gateway never saw it; the status asked next tells which.
   */
  private void cancelAtGateway(OrderId order) {
    try {
      gateway.cancel(order);
    } catch (PaymentGatewayException e) {
      if (e.retryable()) {
        throw e;
      }
      LOG.log(System.Logger.Level.INFO, "not cancelled at the gateway: " + e.getMessage());
    }
  }

  private PaymentState state(TenantId tenant, OrderId order) {
    return store.inTenant(
        tenant, tx -> tx.paymentForUpdate(order).orElseThrow(() -> missing(order)).state());
  }

  private static IllegalStateException missing(OrderId order) {
    return new IllegalStateException("no payment " + order.value());
  }
}

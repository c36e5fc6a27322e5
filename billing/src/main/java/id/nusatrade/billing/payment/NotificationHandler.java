package id.nusatrade.billing.payment;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.billing.subscription.BillingSignals;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.TransactionStatus;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides what a payment notification does. In order: the signature (else nothing is read); the
 * order's tenant; the gateway's status API, whose answer (not the notification's claim) is what
 * counts; then, in the tenant's transaction with the payment locked, a move only forward ({@link
 * PaymentState#canMoveTo}). So a forged delivery changes nothing, a duplicate changes nothing the
 * second time, and a late "pending" never undoes a settlement.
 */
public final class NotificationHandler {
  private final NotificationSignature signature;
  private final PaymentGateway gateway;
  private final BillingStore store;
  private final PaymentEffects effects;
  private final Clock clock;
  private final BillingSignals signals;

  public NotificationHandler(
      NotificationSignature signature,
      PaymentGateway gateway,
      BillingStore store,
      PaymentEffects effects,
      Clock clock) {
    this(signature, gateway, store, effects, clock, BillingSignals.NONE);
  }

  /** {@code signals} hears of every applied move, after its transaction committed. */
  public NotificationHandler(
      NotificationSignature signature,
      PaymentGateway gateway,
      BillingStore store,
      PaymentEffects effects,
      Clock clock,
      BillingSignals signals) {
    this.signature = signature;
    this.gateway = gateway;
    this.store = store;
    this.effects = effects;
    this.clock = clock;
    this.signals = signals;
  }

  /** Throws {@link id.nusatrade.domain.billing.PaymentGatewayException} if the status API fails. */
  public NotificationOutcome handle(Notification notification) {
    if (!signature.verify(notification)) {
      return NotificationOutcome.REJECTED_SIGNATURE;
    }
    OrderId order;
    try {
      order = new OrderId(notification.orderId());
    } catch (IllegalArgumentException e) {
      return NotificationOutcome.UNKNOWN_ORDER;
    }
    Optional<TenantId> tenant = store.tenantOf(order);
    if (tenant.isEmpty()) {
      return NotificationOutcome.UNKNOWN_ORDER;
    }
    return confirm(tenant.get(), order);
  }

  /**
   * Asks the status API about {@code order} and applies what it confirms, as for a notification
   * (used when a payment's window elapsed without one). Throws {@link
   * id.nusatrade.domain.billing.PaymentGatewayException} if the status API fails.
   */
  public NotificationOutcome confirm(TenantId tenant, OrderId order) {
    TransactionStatus confirmed = gateway.status(order);
    NotificationOutcome outcome = store.inTenant(tenant, tx -> apply(tx, order, confirmed));
    if (outcome == NotificationOutcome.APPLIED) {
      PaymentState state = GatewayStatus.toState(confirmed).orElseThrow();
      signals.paymentMoved(tenant, order, state);
      if (state == PaymentState.PAID || state == PaymentState.REFUNDED) {
        signals.subscriptionChanged(tenant);
      }
    }
    return outcome;
  }

  private NotificationOutcome apply(
      BillingTransaction tx, OrderId order, TransactionStatus confirmed) {
    Optional<Payment> found = tx.paymentForUpdate(order);
    if (found.isEmpty()) {
      return NotificationOutcome.UNKNOWN_ORDER;
    }
    Payment payment = found.get();
    NotificationOutcome outcome = decide(payment, confirmed);
    if (outcome == NotificationOutcome.APPLIED) {
      PaymentState next = GatewayStatus.toState(confirmed).orElseThrow();
      Payment moved = payment.moved(next, confirmed.transactionStatus(), clock.instant());
      tx.updatePayment(moved);
      effects.onPaymentMoved(tx, moved, clock.instant());
    }
    tx.recordDelivery(order, confirmed.transactionStatus(), outcome.name(), clock.instant());
    return outcome;
  }

  private static NotificationOutcome decide(Payment payment, TransactionStatus confirmed) {
    if (!sameAmount(payment.grossAmount(), confirmed.grossAmount())) {
      return NotificationOutcome.AMOUNT_MISMATCH;
    }
    Optional<PaymentState> next = GatewayStatus.toState(confirmed);
    if (next.isEmpty() || !payment.state().canMoveTo(next.get())) {
      return NotificationOutcome.UNCHANGED;
    }
    return NotificationOutcome.APPLIED;
  }

  private static boolean sameAmount(Idr charged, String reported) {
    try {
      return reported != null && Idr.parse(reported).equals(charged);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

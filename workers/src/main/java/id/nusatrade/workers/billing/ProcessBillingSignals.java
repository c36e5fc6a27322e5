package id.nusatrade.workers.billing;

import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.subscription.BillingSignals;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.WorkflowRequested;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Billing's signals as {@code workflow.*} bus events, which the relay publishes to the engine: a
 * moved payment is {@value PaymentProcess#NOTIFICATION_MESSAGE} for its order; a changed
 * subscription is {@value SubscriptionProcess#STARTED_MESSAGE} (starts the tenant's process if none
 * runs) and {@value SubscriptionProcess#CHANGED_MESSAGE} (a running one reads again).
 */
public final class ProcessBillingSignals implements BillingSignals {
  private static final PayloadCodec CODEC = new PayloadCodec();
  private static final System.Logger LOG = System.getLogger(ProcessBillingSignals.class.getName());

  private final EventPublisher publisher;
  private final Clock clock;

  public ProcessBillingSignals(EventPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  @Override
  public void subscriptionChanged(TenantId tenant) {
    String key = tenant.toString();
    Map<String, Object> variables = Map.of(SubscriptionProcess.TENANT_ID, key);
    publish(tenant, new WorkflowRequested(SubscriptionProcess.STARTED_MESSAGE, key, variables));
    publish(tenant, new WorkflowRequested(SubscriptionProcess.CHANGED_MESSAGE, key, Map.of()));
  }

  @Override
  public void paymentMoved(TenantId tenant, OrderId order, PaymentState state) {
    publish(
        tenant,
        new WorkflowRequested(
            PaymentProcess.NOTIFICATION_MESSAGE,
            order.value(),
            Map.of(PaymentProcess.PAYMENT_STATE, state.name())));
  }

  /**
   * A signal is a hint: if the bus refuses it, the notification's answer must not fail (the state
   * moved, a retried delivery would be a duplicate that signals nothing). The processes recover
   * without it: the payment's expiry asks the status API, the period's timer reads the
   * subscription.
   */
  private void publish(TenantId tenant, WorkflowRequested message) {
    try {
      publisher.publish(
          CODEC.envelope(
              EventContracts.WORKFLOW, UUID.randomUUID(), tenant, clock.instant(), message));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "billing signal " + message.eventType() + " for tenant " + tenant + " not sent",
          e);
    }
  }
}

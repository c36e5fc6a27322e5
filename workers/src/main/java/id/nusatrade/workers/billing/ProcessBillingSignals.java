package id.nusatrade.workers.billing;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.subscription.BillingSignals;
import id.nusatrade.billing.subscription.DunningTerms;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.WorkflowRequested;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Billing's signals as {@code workflow.*} bus events, which the relay publishes to the engine: a
 * moved payment is {@value PaymentProcess#NOTIFICATION_MESSAGE} for its order; a changed
 * subscription is {@value SubscriptionProcess#STARTED_MESSAGE} (starts the tenant's process if none
 * runs) and {@value SubscriptionProcess#CHANGED_MESSAGE} (a running one reads again); an upgrade's
 * payment is {@value PaymentProcess#REQUESTED_MESSAGE}, whose event (and so message) id derives
 * from the order, so a repeated request is the same message and starts no second process.
 */
public final class ProcessBillingSignals implements BillingSignals {
  private static final PayloadCodec CODEC = new PayloadCodec();
  private static final System.Logger LOG = System.getLogger(ProcessBillingSignals.class.getName());

  private final EventPublisher publisher;
  private final Clock clock;
  private final Duration paymentExpiry;

  public ProcessBillingSignals(EventPublisher publisher, Clock clock) {
    this(publisher, clock, DunningTerms.DEFAULTS.paymentExpiry());
  }

  /** {@code paymentExpiry}: how long an upgrade's payment may take before it is expired. */
  public ProcessBillingSignals(EventPublisher publisher, Clock clock, Duration paymentExpiry) {
    this.publisher = publisher;
    this.clock = clock;
    this.paymentExpiry = paymentExpiry;
  }

  @Override
  public void paymentRequested(TenantId tenant, InvoiceId invoice, OrderId order) {
    publish(
        tenant,
        UUID.nameUUIDFromBytes(
            (PaymentProcess.REQUESTED_MESSAGE + ":" + order.value())
                .getBytes(StandardCharsets.UTF_8)),
        new WorkflowRequested(
            PaymentProcess.REQUESTED_MESSAGE,
            order.value(),
            Map.of(
                PaymentProcess.INVOICE_ID, invoice.value().toString(),
                PaymentProcess.ORDER_ID, order.value(),
                PaymentProcess.PAYMENT_EXPIRY, paymentExpiry.toString())));
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
    publish(tenant, UUID.randomUUID(), message);
  }

  private void publish(TenantId tenant, UUID eventId, WorkflowRequested message) {
    try {
      publisher.publish(
          CODEC.envelope(EventContracts.WORKFLOW, eventId, tenant, clock.instant(), message));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "billing signal " + message.eventType() + " for tenant " + tenant + " not sent",
          e);
    }
  }
}

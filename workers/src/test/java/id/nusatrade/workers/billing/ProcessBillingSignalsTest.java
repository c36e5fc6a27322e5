package id.nusatrade.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import id.nusatrade.workers.RecordingPublisher;
import id.nusatrade.workers.runtime.WorkflowMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Billing's signals read back by the relay as the messages the processes wait for. */
class ProcessBillingSignalsTest {
  private static final TenantId TENANT = TenantId.of("66666666-6666-6666-6666-666666666666");
  private final RecordingPublisher bus = new RecordingPublisher();
  private final ProcessBillingSignals signals =
      new ProcessBillingSignals(
          bus, Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void aMovedPaymentIsTheNotificationMessageOfItsOrder() {
    signals.paymentMoved(TENANT, new OrderId("nt-1"), PaymentState.PAID);

    WorkflowMessage message = WorkflowMessage.from(bus.events.getFirst());
    assertThat(message.name()).isEqualTo(PaymentProcess.NOTIFICATION_MESSAGE);
    assertThat(message.correlationKey()).isEqualTo("nt-1");
    assertThat(message.variables())
        .containsEntry(PaymentProcess.PAYMENT_STATE, "PAID")
        .containsEntry(WorkflowMessage.TENANT_ID, TENANT.toString());
  }

  @Test
  void anUpgradesPaymentIsRequestedOncePerOrderWithItsExpiry() {
    var withExpiry =
        new ProcessBillingSignals(
            bus,
            Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC),
            java.time.Duration.ofHours(6));
    var invoice =
        new id.nusatrade.billing.invoice.InvoiceId(
            java.util.UUID.fromString("0f8e2c1a-1111-4a4a-9b9b-000000000001"));
    var order = id.nusatrade.billing.payment.Payment.orderIdOf(invoice);

    withExpiry.paymentRequested(TENANT, invoice, order);
    withExpiry.paymentRequested(TENANT, invoice, order);

    WorkflowMessage first = WorkflowMessage.from(bus.events.get(0));
    WorkflowMessage repeat = WorkflowMessage.from(bus.events.get(1));
    assertThat(first.name()).isEqualTo(PaymentProcess.REQUESTED_MESSAGE);
    assertThat(first.correlationKey()).isEqualTo(order.value());
    assertThat(first.variables())
        .containsEntry(PaymentProcess.INVOICE_ID, "0f8e2c1a-1111-4a4a-9b9b-000000000001")
        .containsEntry(PaymentProcess.ORDER_ID, order.value())
        .containsEntry(PaymentProcess.PAYMENT_EXPIRY, "PT6H")
        .containsEntry(WorkflowMessage.TENANT_ID, TENANT.toString());
    assertThat(repeat.messageId()).as("the engine refuses the repeat").isEqualTo(first.messageId());
  }

  @Test
  void aChangedSubscriptionStartsTheTenantsProcessOrMakesItReadAgain() {
    signals.subscriptionChanged(TENANT);

    assertThat(bus.events)
        .extracting(
            e -> WorkflowMessage.from(e).name() + " " + WorkflowMessage.from(e).correlationKey())
        .containsExactly(
            SubscriptionProcess.STARTED_MESSAGE + " " + TENANT,
            SubscriptionProcess.CHANGED_MESSAGE + " " + TENANT);
  }
}

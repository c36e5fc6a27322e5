package id.nusatrade.workers.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.DunningTerms;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.subscription.SubscriptionStatus;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.billing.support.SettableClock;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.TransactionStatus;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.processes.billing.PaymentProcess;
import id.nusatrade.processes.billing.SubscriptionProcess;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import id.nusatrade.workers.RecordingPublisher;
import id.nusatrade.workers.runtime.WorkflowMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The subscription's and payment's workers chained as the processes chain them, with no engine;
 * every job is handled twice, as a redelivered job would be, and changes nothing the second time.
 */
class BillingWorkersTest {
  private static final TenantId TENANT = TenantId.of("55555555-5555-5555-5555-555555555555");
  private static final Instant JUNE_1 = Instant.parse("2026-05-31T17:00:00Z");
  private static final Instant JULY_1 = Instant.parse("2026-06-30T17:00:00Z");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final FakeGateway gateway = new FakeGateway();
  private final SettableClock clock = new SettableClock(JUNE_1);
  private final Catalog catalog = Catalog.standard();
  private final SubscriptionLifecycle lifecycle =
      new SubscriptionLifecycle(catalog, store, TaxRate.PPN_DEFAULT, clock);
  private final Notices notices = new Notices(store, clock);
  private final PaymentExpiry expiry =
      new PaymentExpiry(
          new NotificationHandler(
              new NotificationSignature(new ServerKey("SB-Mid-server-w")),
              gateway,
              store,
              new PaymentEffects(catalog),
              clock),
          gateway,
          store,
          new PaymentEffects(catalog),
          clock);
  private final Map<String, Object> variables = new HashMap<>();

  @Test
  void anUnpaidRenewalWalksFromReadToFreeAndEveryJobTwiceDoesItOnce() {
    onPro();
    run(new ReadSubscriptionWorker(lifecycle, DunningTerms.DEFAULTS));
    assertThat(variables)
        .containsEntry(SubscriptionProcess.STATUS, "ACTIVE")
        .containsEntry(SubscriptionProcess.PERIOD_END, JULY_1.toString())
        .containsEntry(PaymentProcess.PAYMENT_EXPIRY, "PT24H")
        .containsEntry(SubscriptionProcess.REMINDER_INTERVAL, "PT72H")
        .containsEntry(SubscriptionProcess.MAX_REMINDERS, 2)
        .containsEntry(SubscriptionProcess.DOWNGRADE_AFTER, "PT168H");

    clock.set(JULY_1);
    run(new EndPeriodWorker(lifecycle));
    assertThat(variables).containsEntry(SubscriptionProcess.PERIOD_OUTCOME, "INVOICED");
    assertThat(store.invoices).hasSize(1);

    run(new ChargeInvoiceWorker(new InvoiceCharges(store, gateway, clock)));
    assertThat(gateway.charges).hasSize(1);
    assertThat(gateway.charges.getFirst().idempotencyKey())
        .isEqualTo(variables.get(PaymentProcess.ORDER_ID));

    clock.advance(Duration.ofHours(25));
    run(new ExpirePaymentWorker(expiry));
    assertThat(variables).containsEntry(PaymentProcess.PAYMENT_STATE, "FAILED");

    run(new DunningStepWorker(lifecycle::markOverdue));
    assertThat(store.subscriptions.get(TENANT).status()).isEqualTo(SubscriptionStatus.OVERDUE);
    run(new SendReminderWorker(notices));
    run(new SendReminderWorker(notices));
    assertThat(variables).containsEntry(SubscriptionProcess.REMINDERS_SENT, 2);
    assertThat(notices.of(TENANT))
        .extracting(n -> n.kind() + " " + n.sequence())
        .containsExactly("REMINDER 1", "REMINDER 2");

    run(new DunningStepWorker(lifecycle::restrict));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    run(new DunningStepWorker(lifecycle::downgradeToFree));
    assertThat(store.subscriptions.get(TENANT).plan()).isEqualTo(new PlanId("free"));
    assertThat(gateway.charges).hasSize(1);
  }

  @Test
  void anUpgradesPaymentRunsOnItsMessageAndAnExpiredOneIsCancelledOnceAndKeepsTheOldPlan() {
    RecordingPublisher bus = new RecordingPublisher();
    var service =
        new SubscriptionService(
            catalog,
            store,
            gateway,
            TaxRate.PPN_DEFAULT,
            clock,
            new ProcessBillingSignals(bus, clock, Duration.ofHours(24)));
    var due =
        (ChangeResult.PaymentDue)
            service.change(TENANT, new PlanId("pro-monthly"), PaymentMethod.BRI_VA, false);
    // what the relay hands the engine: the message start's variables
    WorkflowMessage requested = WorkflowMessage.from(bus.events.getFirst());
    assertThat(requested.name()).isEqualTo(PaymentProcess.REQUESTED_MESSAGE);
    variables.putAll(requested.variables());

    run(new ChargeInvoiceWorker(new InvoiceCharges(store, gateway, clock)));
    assertThat(gateway.charges).as("the request charged; the job charges nothing again").hasSize(1);

    String order = due.payment().orderId().value();
    gateway.settle(order, "pending", due.payment().grossAmountText());
    clock.advance(Duration.ofHours(25));
    run(new ExpirePaymentWorker(expiry));

    assertThat(variables).containsEntry(PaymentProcess.PAYMENT_STATE, "FAILED");
    assertThat(gateway.cancels).containsExactly(order);
    assertThat(store.tiers.getOrDefault(TENANT, Tier.FREE)).isEqualTo(Tier.FREE);
  }

  @Test
  void aReceiptIsIssuedOnceForTheInvoice() {
    onPro();
    clock.set(JULY_1);
    run(new EndPeriodWorker(lifecycle));

    run(new SendReceiptWorker(notices, NoticeKind.RECEIPT));

    assertThat(notices.of(TENANT)).extracting(n -> n.kind()).containsExactly(NoticeKind.RECEIPT);
  }

  @Test
  void aChargeTheGatewayRefusesIsTheChargeRefusedBpmnError() {
    onPro();
    clock.set(JULY_1);
    run(new EndPeriodWorker(lifecycle));
    var refusing = new ChargeInvoiceWorker(new InvoiceCharges(store, refusingGateway(), clock));

    assertThatThrownBy(() -> refusing.handle(job()))
        .isInstanceOf(BpmnErrorException.class)
        .hasMessageContaining("invalid")
        .extracting(e -> ((BpmnErrorException) e).errorCode())
        .isEqualTo(PaymentProcess.CHARGE_REFUSED_ERROR);
  }

  @Test
  void aNetworkFailureOfTheChargeIsLeftToTheEnginesRetries() {
    onPro();
    clock.set(JULY_1);
    run(new EndPeriodWorker(lifecycle));
    gateway.failNextCharge = true;

    assertThatThrownBy(
            () -> new ChargeInvoiceWorker(new InvoiceCharges(store, gateway, clock)).handle(job()))
        .isInstanceOf(PaymentGatewayException.class);
  }

  @Test
  void aTenantWithoutAPaidPeriodIsReadAsFree() {
    run(new ReadSubscriptionWorker(lifecycle, DunningTerms.DEFAULTS));

    assertThat(variables)
        .containsEntry(SubscriptionProcess.STATUS, "FREE")
        .doesNotContainKey(SubscriptionProcess.PERIOD_END);
  }

  /** Handles the job twice (a redelivery) and keeps the second result, as the engine would. */
  private void run(JobHandler worker) {
    try {
      worker.handle(job());
      variables.putAll(worker.handle(job()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JobInput job() {
    Map<String, Object> all = new HashMap<>(variables);
    all.put(SubscriptionProcess.TENANT_ID, TENANT.toString());
    return new JobInput(1, "test", 3, all);
  }

  private void onPro() {
    store.subscriptions.put(
        TENANT,
        Subscription.paid(
            TENANT, catalog.version(1).plan(new PlanId("pro-monthly")).orElseThrow(), 1, JUNE_1));
    store.tiers.put(TENANT, Tier.PRO);
  }

  private static PaymentGateway refusingGateway() {
    return new PaymentGateway() {
      @Override
      public ChargeResult charge(ChargeRequest request) {
        throw new PaymentGatewayException("Midtrans answered 400: invalid bank", false, null);
      }

      @Override
      public TransactionStatus status(OrderId orderId) {
        throw new UnsupportedOperationException();
      }

      @Override
      public TransactionStatus cancel(OrderId orderId) {
        throw new UnsupportedOperationException();
      }
    };
  }
}

package id.nusatrade.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.billing.support.SettableClock;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.TransactionStatus;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decisions behind the subscription process's jobs, each called as a worker would. */
class SubscriptionLifecycleTest {
  private static final TenantId TENANT = TenantId.of("33333333-3333-3333-3333-333333333333");
  // Pro paid on 1 June 00:00 WIB: the period ends 1 July 00:00 WIB
  private static final Instant JUNE_1 = Instant.parse("2026-05-31T17:00:00Z");
  private static final Instant JULY_1 = Instant.parse("2026-06-30T17:00:00Z");
  private static final Instant AUGUST_1 = Instant.parse("2026-07-31T17:00:00Z");
  private static final PlanId PRO = new PlanId("pro-monthly");
  private static final PlanId FREE = new PlanId("free");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final FakeGateway gateway = new FakeGateway();
  private final Catalog catalog = Catalog.standard();
  private final SettableClock clock = new SettableClock(JUNE_1);
  private final List<String> signals = new ArrayList<>();
  private final BillingSignals recorder =
      new BillingSignals() {
        @Override
        public void subscriptionChanged(TenantId tenant) {
          signals.add("changed " + tenant);
        }

        @Override
        public void paymentMoved(TenantId tenant, OrderId order, PaymentState state) {
          signals.add("payment " + state);
        }

        @Override
        public void paymentRequested(
            TenantId tenant, id.nusatrade.billing.invoice.InvoiceId invoice, OrderId order) {
          signals.add("requested " + order.value());
        }
      };
  private final SubscriptionLifecycle lifecycle =
      new SubscriptionLifecycle(catalog, store, TaxRate.PPN_DEFAULT, clock);
  private final NotificationHandler confirmation =
      new NotificationHandler(
          new NotificationSignature(new ServerKey("SB-Mid-server-test")),
          gateway,
          store,
          new PaymentEffects(catalog),
          clock,
          recorder);
  private final PaymentExpiry expiry =
      new PaymentExpiry(confirmation, gateway, store, new PaymentEffects(catalog), clock);

  @Test
  void nothingEndsBeforeThePeriodsLastSecond() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1.minusSeconds(1));

    assertThat(lifecycle.endPeriod(TENANT)).isInstanceOf(PeriodEnd.NotDue.class);
    assertThat(store.invoices).hasSize(1);
  }

  @Test
  void theRenewalIsInvoicedAtThePeriodsEndAndChargedByTheLastMethod() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);

    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);

    var invoice = store.invoices.get(invoiced.invoice());
    // by hand: 299.000 + 11% PPN 32.890 = 331.890
    assertThat(invoice.total()).isEqualTo(Idr.of(331_890));
    assertThat(invoice.number()).isEqualTo(2);
    var payment = store.payments.get(invoiced.order());
    assertThat(payment.method()).isEqualTo(PaymentMethod.BNI_VA);
    assertThat(payment.state()).isEqualTo(PaymentState.PENDING);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
  }

  @Test
  void endingThePeriodAgainReturnsTheSameRenewal() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);

    var first = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    var redelivered = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);

    assertThat(redelivered).isEqualTo(first);
    assertThat(store.invoices).hasSize(2);
  }

  @Test
  void aRenewalPaidLateInItsWindowContinuesFromThePeriodsEnd() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    clock.set(JULY_1.plus(Duration.ofHours(20)));

    gateway.settle(invoiced.order().value(), "settlement", "331890.00");
    confirmation.confirm(TENANT, invoiced.order());

    Subscription renewed = store.subscriptions.get(TENANT);
    assertThat(renewed.periodStart()).isEqualTo(JULY_1);
    assertThat(renewed.periodEnd()).contains(AUGUST_1);
    assertThat(store.invoices.get(invoiced.invoice()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(signals).containsExactly("payment PAID", "changed " + TENANT);
  }

  @Test
  void anUnpaidTrialEndsOnFreeWithoutAnInvoice() {
    var service =
        new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock, recorder);
    service.change(TENANT, PRO, null, true);
    assertThat(signals).containsExactly("changed " + TENANT);
    clock.set(JUNE_1.plus(Duration.ofDays(14)));

    var ended = (PeriodEnd.Ended) lifecycle.endPeriod(TENANT);

    assertThat(ended.subscription().plan()).isEqualTo(FREE);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    assertThat(store.invoices).isEmpty();
  }

  @Test
  void aCancellationTakesEffectAtThePeriodsEnd() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    store.subscriptions.put(TENANT, store.subscriptions.get(TENANT).withScheduledPlan(FREE));
    clock.set(JULY_1);

    var ended = (PeriodEnd.Ended) lifecycle.endPeriod(TENANT);

    assertThat(ended.subscription().plan()).isEqualTo(FREE);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    assertThat(store.payments).hasSize(1);
  }

  @Test
  void aDowngradeToACheaperPaidPlanIsInvoicedAtThatPlansPrice() {
    store.subscriptions.put(
        TENANT,
        Subscription.paid(
                TENANT,
                catalog.version(1).plan(new PlanId("enterprise-monthly")).orElseThrow(),
                1,
                JUNE_1)
            .withScheduledPlan(PRO));
    store.tiers.put(TENANT, Tier.ENTERPRISE);
    clock.set(JULY_1);

    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);

    assertThat(store.invoices.get(invoiced.invoice()).plan()).isEqualTo(PRO);
    assertThat(store.invoices.get(invoiced.invoice()).total()).isEqualTo(Idr.of(331_890));
    assertThat(store.payments.get(invoiced.order()).method())
        .as("no earlier payment: bank transfer")
        .isEqualTo(PaymentMethod.BCA_VA);
  }

  @Test
  void anExpiredRenewalWalksOverdueRestrictedAndFreeEachStepOnce() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    gateway.settle(invoiced.order().value(), "pending", "331890.00");
    clock.advance(Duration.ofHours(25));

    assertThat(expiry.expire(TENANT, invoiced.order())).isEqualTo(PaymentState.FAILED);
    assertThat(expiry.expire(TENANT, invoiced.order())).isEqualTo(PaymentState.FAILED);
    assertThat(store.invoices.get(invoiced.invoice()).status()).isEqualTo(InvoiceStatus.VOID);

    lifecycle.markOverdue(TENANT);
    assertThat(lifecycle.markOverdue(TENANT).status()).isEqualTo(SubscriptionStatus.OVERDUE);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);

    lifecycle.restrict(TENANT);
    assertThat(lifecycle.restrict(TENANT).status()).isEqualTo(SubscriptionStatus.RESTRICTED);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    assertThat(store.subscriptions.get(TENANT).plan()).isEqualTo(PRO);

    Subscription free = lifecycle.downgradeToFree(TENANT);
    assertThat(lifecycle.downgradeToFree(TENANT)).isEqualTo(free);
    assertThat(free.plan()).isEqualTo(FREE);
    assertThat(free.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
  }

  @Test
  void moneyThatArrivedWithoutANotificationSettlesAtExpiryInsteadOfFailing() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    gateway.settle(invoiced.order().value(), "settlement", "331890.00");
    clock.advance(Duration.ofHours(25));

    assertThat(expiry.expire(TENANT, invoiced.order())).isEqualTo(PaymentState.PAID);
    assertThat(store.subscriptions.get(TENANT).periodEnd()).contains(AUGUST_1);
  }

  @Test
  void anOrderTheGatewayNeverSawExpiresWithoutAsking() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);

    // FakeGateway answers 404 (not retryable) for an order it has no status for
    assertThat(expiry.expire(TENANT, invoiced.order())).isEqualTo(PaymentState.FAILED);
  }

  @Test
  void payingWhileRestrictedRestoresTheTierAndTheDowngradeThenDoesNothing() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    clock.advance(Duration.ofDays(1));
    expiry.expire(TENANT, invoiced.order());
    lifecycle.markOverdue(TENANT);
    clock.advance(Duration.ofDays(6));
    lifecycle.restrict(TENANT);
    Instant paidAt = clock.instant();

    var service = new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock);
    var due = (ChangeResult.PaymentDue) service.change(TENANT, PRO, PaymentMethod.BCA_VA, false);
    gateway.settle(due.payment().orderId().value(), "settlement", "331890.00");
    confirmation.confirm(TENANT, due.payment().orderId());

    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    Subscription bought = store.subscriptions.get(TENANT);
    assertThat(bought.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(bought.periodStart()).as("a new period from payment").isEqualTo(paidAt);
    assertThat(lifecycle.downgradeToFree(TENANT)).isEqualTo(bought);
  }

  @Test
  void anOverduePeriodIsNeverEndedTwice() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    expiry.expire(TENANT, invoiced.order());
    lifecycle.markOverdue(TENANT);

    assertThatThrownBy(() -> lifecycle.endPeriod(TENANT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OVERDUE");
  }

  @Test
  void aNoticeIsIssuedOncePerInvoiceKindAndNumber() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    var notices = new Notices(store, clock);
    var invoice = store.invoices.keySet().iterator().next();

    assertThat(notices.issue(TENANT, invoice, NoticeKind.REMINDER, 1)).isTrue();
    assertThat(notices.issue(TENANT, invoice, NoticeKind.REMINDER, 1)).isFalse();
    assertThat(notices.issue(TENANT, invoice, NoticeKind.REMINDER, 2)).isTrue();
    assertThat(notices.issue(TENANT, invoice, NoticeKind.RECEIPT, 1)).isTrue();
    assertThat(notices.of(TENANT)).hasSize(3);
  }

  /** Upgraded from Free on 1 June, paid at once with {@code method}. */
  @Test
  void anUpgradeStartsItsPaymentProcessAndOnlyTheSettlementActivatesThePlan() {
    var service =
        new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock, recorder);

    var due = (ChangeResult.PaymentDue) service.change(TENANT, PRO, PaymentMethod.BCA_VA, false);
    var order = due.payment().orderId();

    assertThat(order).isEqualTo(Payment.orderIdOf(due.invoice().id()));
    assertThat(signals).containsExactly("requested " + order.value());
    assertThat(due.payment().instructions()).containsKey("va_number");
    assertThat(store.tiers.getOrDefault(TENANT, Tier.FREE)).isEqualTo(Tier.FREE);
    // a pending notification changes nothing
    gateway.settle(order.value(), "pending", "331890.00");
    confirmation.confirm(TENANT, order);
    assertThat(store.tiers.getOrDefault(TENANT, Tier.FREE)).isEqualTo(Tier.FREE);

    clock.advance(Duration.ofMinutes(5));
    gateway.settle(order.value(), "settlement", "331890.00");
    confirmation.confirm(TENANT, order);

    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    Subscription pro = store.subscriptions.get(TENANT);
    assertThat(pro.plan()).isEqualTo(PRO);
    assertThat(pro.periodStart()).isEqualTo(JUNE_1.plus(Duration.ofMinutes(5)));
    assertThat(store.invoices.get(due.invoice().id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(signals)
        .containsExactly("requested " + order.value(), "payment PAID", "changed " + TENANT);
  }

  @Test
  void anExpiredUpgradeIsCancelledAtTheGatewayOnceAndLeavesTheOldPlan() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JUNE_1.plus(Duration.ofDays(15)));
    var service =
        new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock, recorder);
    var due =
        (ChangeResult.PaymentDue)
            service.change(
                TENANT, new PlanId("enterprise-monthly"), PaymentMethod.MANDIRI_BILL, false);
    var order = due.payment().orderId();
    var credit = due.creditNote().orElseThrow();
    gateway.settle(order.value(), "pending", due.payment().grossAmountText());
    clock.advance(Duration.ofHours(25));

    assertThat(expiry.expire(TENANT, order)).isEqualTo(PaymentState.FAILED);
    assertThat(expiry.expire(TENANT, order)).isEqualTo(PaymentState.FAILED);

    assertThat(gateway.cancels).containsExactly(order.value());
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    Subscription kept = store.subscriptions.get(TENANT);
    assertThat(kept.plan()).isEqualTo(PRO);
    assertThat(kept.periodEnd()).contains(JULY_1);
    assertThat(store.invoices.get(due.invoice().id()).status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(store.invoices.get(credit.id()).status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(store.payments.get(order).state()).isEqualTo(PaymentState.FAILED);
    // nothing pending blocks a new upgrade
    assertThat(service.pendingPayment(TENANT)).isEmpty();
  }

  @Test
  void aVaPaidJustBeforeItsCancelSettlesInsteadOfExpiring() {
    onProSinceJune1(PaymentMethod.BNI_VA);
    clock.set(JULY_1);
    var invoiced = (PeriodEnd.Invoiced) lifecycle.endPeriod(TENANT);
    gateway.settle(invoiced.order().value(), "pending", "331890.00");
    clock.advance(Duration.ofHours(25));
    PaymentGateway paidMeanwhile =
        new PaymentGateway() {
          @Override
          public ChargeResult charge(ChargeRequest request) {
            return gateway.charge(request);
          }

          @Override
          public TransactionStatus status(OrderId orderId) {
            return gateway.status(orderId);
          }

          @Override
          public TransactionStatus cancel(OrderId orderId) {
            // the payer paid between the status check and the cancel: Midtrans refuses
            gateway.settle(orderId.value(), "settlement", "331890.00");
            return gateway.cancel(orderId);
          }
        };
    var racing =
        new PaymentExpiry(confirmation, paidMeanwhile, store, new PaymentEffects(catalog), clock);

    assertThat(racing.expire(TENANT, invoiced.order())).isEqualTo(PaymentState.PAID);
    assertThat(store.invoices.get(invoiced.invoice()).status()).isEqualTo(InvoiceStatus.PAID);
  }

  private void onProSinceJune1(PaymentMethod method) {
    clock.set(JUNE_1);
    var service = new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock);
    var due = (ChangeResult.PaymentDue) service.change(TENANT, PRO, method, false);
    gateway.settle(due.payment().orderId().value(), "settlement", "331890.00");
    confirmation.confirm(TENANT, due.payment().orderId());
    assertThat(store.subscriptions.get(TENANT).periodEnd()).isEqualTo(Optional.of(JULY_1));
    signals.clear();
  }
}

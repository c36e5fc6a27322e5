package id.nusatrade.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionServiceTest {
  private static final TenantId TENANT = TenantId.of("22222222-2222-2222-2222-222222222222");
  // 2026-06-01T00:00 WIB
  private static final Instant JUNE_1 = Instant.parse("2026-05-31T17:00:00Z");

  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final FakeGateway gateway = new FakeGateway();
  private final Catalog catalog = Catalog.standard();

  private SubscriptionService at(Instant now) {
    return new SubscriptionService(
        catalog, store, gateway, TaxRate.PPN_DEFAULT, Clock.fixed(now, ZoneOffset.UTC));
  }

  /** What the subscription process's period-end job does at {@code now}. */
  private PeriodEnd endPeriodAt(Instant now) {
    return new SubscriptionLifecycle(
            catalog, store, TaxRate.PPN_DEFAULT, Clock.fixed(now, ZoneOffset.UTC))
        .endPeriod(TENANT);
  }

  @Test
  void aNewTenantStartsOnFreeWithItsFirstUserAndARetryChangesNothing() {
    TenantId fresh = TenantId.of("33333333-3333-3333-3333-333333333333");
    User owner =
        new User(
            UserId.of("cccccccc-0000-0000-0000-000000000001"),
            fresh,
            "siti",
            "siti@example.id",
            Set.of(Role.TRADER));

    Subscription first = at(JUNE_1).openFreeTenant(fresh, "Siti Rahayu", "WIB", owner);
    Subscription again =
        at(JUNE_1.plusSeconds(60)).openFreeTenant(fresh, "Siti Rahayu", "WIB", owner);

    assertThat(first.plan()).isEqualTo(new PlanId("free"));
    assertThat(first.tier()).isEqualTo(Tier.FREE);
    assertThat(first.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(first.price()).isEqualTo(Idr.ZERO);
    assertThat(first.periodStart()).isEqualTo(JUNE_1);
    assertThat(again).isEqualTo(first);
    assertThat(store.subscriptions).containsEntry(fresh, first);
    assertThat(store.tiers).containsEntry(fresh, Tier.FREE);
    assertThat(store.tenantNames).containsEntry(fresh, "Siti Rahayu");
    assertThat(store.users).containsOnlyKeys(owner.id());
    assertThat(store.invoices).isEmpty();
  }

  @Test
  void aFirstUserOfAnotherTenantIsRefused() {
    User stranger = new User(UserId.random(), TENANT, "x", "x@example.id", Set.of(Role.TRADER));
    assertThatThrownBy(
            () ->
                at(JUNE_1)
                    .openFreeTenant(
                        TenantId.of("33333333-3333-3333-3333-333333333333"),
                        "Siti",
                        "WIB",
                        stranger))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRetriedUpgradeReturnsTheSamePaymentAndChargesOnce() {
    var first =
        (ChangeResult.PaymentDue) at(JUNE_1).change(TENANT, pro(), PaymentMethod.BCA_VA, false);
    var retry =
        (ChangeResult.PaymentDue) at(JUNE_1).change(TENANT, pro(), PaymentMethod.BCA_VA, false);

    assertThat(retry.payment().orderId()).isEqualTo(first.payment().orderId());
    assertThat(gateway.charges).hasSize(1);
    assertThat(gateway.charges.getFirst().idempotencyKey())
        .isEqualTo(first.payment().orderId().value());
    assertThat(store.invoices).hasSize(1);
  }

  @Test
  void aChargeThatGotNoAnswerIsLeftToThePaymentProcessWithTheSameIdempotencyKey() {
    List<String> requested = new ArrayList<>();
    var service =
        new SubscriptionService(
            catalog,
            store,
            gateway,
            TaxRate.PPN_DEFAULT,
            Clock.fixed(JUNE_1, ZoneOffset.UTC),
            new BillingSignals() {
              @Override
              public void subscriptionChanged(TenantId tenant) {}

              @Override
              public void paymentMoved(TenantId tenant, OrderId order, PaymentState state) {}

              @Override
              public void paymentRequested(TenantId tenant, InvoiceId invoice, OrderId order) {
                requested.add(order.value());
              }
            });
    gateway.failNextCharge = true;

    var first = (ChangeResult.PaymentDue) service.change(TENANT, pro(), PaymentMethod.QRIS, false);
    assertThat(first.payment().charged()).isFalse();
    assertThat(requested).containsExactly(first.payment().orderId().value());

    // the payment process's charge job
    new InvoiceCharges(store, gateway, Clock.fixed(JUNE_1, ZoneOffset.UTC))
        .charge(TENANT, first.invoice().id());
    var again = (ChangeResult.PaymentDue) service.change(TENANT, pro(), PaymentMethod.QRIS, false);

    assertThat(again.payment().charged()).isTrue();
    assertThat(gateway.charges).hasSize(1);
    assertThat(gateway.charges.getFirst().idempotencyKey())
        .isEqualTo(first.payment().orderId().value());
    assertThat(store.invoices).hasSize(1); // the same invoice, number 1
    assertThat(requested).containsOnly(first.payment().orderId().value());
  }

  @Test
  void aCardChargeThatGotNoAnswerFailsTheRequestBecauseOnlyItHasTheToken() {
    gateway.failNextCharge = true;
    assertThatThrownBy(
            () -> at(JUNE_1).change(TENANT, pro(), PaymentMethod.CREDIT_CARD, false, "tok-1"))
        .isInstanceOf(PaymentGatewayException.class);

    var due =
        (ChangeResult.PaymentDue)
            at(JUNE_1).change(TENANT, pro(), PaymentMethod.CREDIT_CARD, false, "tok-2");
    assertThat(due.payment().charged()).isTrue();
    assertThat(gateway.charges).singleElement().extracting("cardToken").isEqualTo("tok-2");
  }

  @Test
  void anotherPlanWhileAPaymentIsPendingIsAConflict() {
    at(JUNE_1).change(TENANT, pro(), PaymentMethod.BCA_VA, false);
    assertThatThrownBy(
            () -> at(JUNE_1).change(TENANT, new PlanId("pro-yearly"), PaymentMethod.BCA_VA, false))
        .isInstanceOf(BillingException.class)
        .hasMessageContaining("still pending");
  }

  @Test
  void upgradingHalfwayThroughAPaidMonthCreditsTheUnusedHalf() {
    // Pro bought and paid on June 1 (WIB): period to July 1, 30 days, Rp 299.000
    store.subscriptions.put(
        TENANT, Subscription.paid(TENANT, catalog.version(1).plan(pro()).orElseThrow(), 1, JUNE_1));
    store.tiers.put(TENANT, Tier.PRO);
    Instant june16 = Instant.parse("2026-06-15T17:00:00Z"); // 15 of 30 days left

    var due =
        (ChangeResult.PaymentDue)
            at(june16).change(TENANT, new PlanId("enterprise-monthly"), PaymentMethod.GOPAY, false);

    // by hand: credit 299.000 × 15/30 = 149.500; PPN 11% of it 16.445
    var credit = due.creditNote().orElseThrow();
    assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    assertThat(credit.subtotal()).isEqualTo(Idr.of(149_500));
    assertThat(credit.total()).isEqualTo(Idr.of(165_945));
    assertThat(credit.number()).isEqualTo(1);
    // invoice: 2.999.000 − 149.500 = 2.849.500; PPN 313.445; total 3.162.945
    assertThat(due.invoice().number()).isEqualTo(2);
    assertThat(due.invoice().subtotal()).isEqualTo(Idr.of(2_849_500));
    assertThat(due.invoice().tax()).isEqualTo(Idr.of(313_445));
    assertThat(due.payment().grossAmountText()).isEqualTo("3162945.00");
    assertThat(due.payment().state()).isEqualTo(PaymentState.PENDING);
    // not upgraded until paid
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
  }

  @Test
  void aDowngradeWaitsForThePeriodsEnd() {
    store.subscriptions.put(
        TENANT, Subscription.paid(TENANT, catalog.version(1).plan(pro()).orElseThrow(), 1, JUNE_1));
    store.tiers.put(TENANT, Tier.PRO);

    var result =
        at(JUNE_1.plusSeconds(3600))
            .change(TENANT, new PlanId("free"), PaymentMethod.BCA_VA, false);

    assertThat(result).isInstanceOf(ChangeResult.Scheduled.class);
    assertThat(store.subscriptions.get(TENANT).scheduledPlan()).contains(new PlanId("free"));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    assertThat(gateway.charges).isEmpty();
  }

  @Test
  void aScheduledDowngradeTakesEffectWhenThePeriodEndsAndNotBefore() {
    store.subscriptions.put(
        TENANT, Subscription.paid(TENANT, catalog.version(1).plan(pro()).orElseThrow(), 1, JUNE_1));
    store.tiers.put(TENANT, Tier.PRO);
    at(JUNE_1.plusSeconds(60)).change(TENANT, new PlanId("free"), null, false);

    // 30 June 23:59:59 WIB: still Pro
    Instant lastSecond = Instant.parse("2026-06-30T16:59:59Z");
    assertThat(endPeriodAt(lastSecond)).isInstanceOf(PeriodEnd.NotDue.class);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);

    // 1 July 00:00 WIB: Free, and a second call changes nothing
    Instant july1 = Instant.parse("2026-06-30T17:00:00Z");
    Subscription after = ((PeriodEnd.Ended) endPeriodAt(july1)).subscription();
    assertThat(after.plan()).isEqualTo(new PlanId("free"));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    assertThat(endPeriodAt(july1.plusSeconds(3600))).isInstanceOf(PeriodEnd.NotDue.class);
    assertThat(store.subscriptions.get(TENANT)).isEqualTo(after);
  }

  @Test
  void anUnpaidTrialReturnsToFreeWhenItEnds() {
    at(JUNE_1).change(TENANT, pro(), null, true);

    endPeriodAt(Instant.parse("2026-06-14T16:59:59Z"));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    endPeriodAt(Instant.parse("2026-06-14T17:00:00Z"));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
  }

  @Test
  void aTrialStartsAtOnceForTwoWeeksWithoutPayment() {
    var result = at(JUNE_1).change(TENANT, pro(), PaymentMethod.BCA_VA, true);

    var trial = ((ChangeResult.TrialStarted) result).subscription();
    assertThat(trial.status()).isEqualTo(SubscriptionStatus.TRIAL);
    assertThat(trial.periodEnd()).isEqualTo(Optional.of(Instant.parse("2026-06-14T17:00:00Z")));
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    assertThat(gateway.charges).isEmpty();
  }

  @Test
  void anUnknownPlanIsNamedWithTheAlternatives() {
    assertThatThrownBy(
            () -> at(JUNE_1).change(TENANT, new PlanId("gold"), PaymentMethod.QRIS, false))
        .hasMessageContaining("plan gold is not in the catalog")
        .hasMessageContaining("pro-monthly");
  }

  private static PlanId pro() {
    return new PlanId("pro-monthly");
  }
}

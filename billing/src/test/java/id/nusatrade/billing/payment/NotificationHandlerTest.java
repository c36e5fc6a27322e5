package id.nusatrade.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.support.FakeGateway;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationHandlerTest {
  private static final TenantId TENANT = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final ServerKey KEY = new ServerKey("SB-Mid-server-TEST-KEY");
  private static final NotificationSignature SIGNER = new NotificationSignature(KEY);

  private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneOffset.UTC);
  private final InMemoryBillingStore store = new InMemoryBillingStore();
  private final FakeGateway gateway = new FakeGateway();
  private final Catalog catalog = Catalog.standard();
  private NotificationHandler handler;
  private Payment payment;

  @BeforeEach
  void aFreeTenantOrdersProByBcaVirtualAccount() {
    handler = new NotificationHandler(SIGNER, gateway, store, new PaymentEffects(catalog), clock);
    SubscriptionService subscriptions =
        new SubscriptionService(catalog, store, gateway, TaxRate.PPN_DEFAULT, clock);
    var due =
        (ChangeResult.PaymentDue)
            subscriptions.change(TENANT, new PlanId("pro-monthly"), PaymentMethod.BCA_VA, false);
    payment = due.payment();
    // 299,000 + 11% PPN (32,890) = 331,890, as Midtrans writes it back
    assertThat(payment.grossAmountText()).isEqualTo("331890.00");
  }

  @Test
  void aSettlementConfirmedByTheStatusApiActivatesProOnce() {
    gateway.settle(order(), "settlement", "331890.00");

    assertThat(handler.handle(signed("settlement", "200", "331890.00")))
        .isEqualTo(NotificationOutcome.APPLIED);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
    assertThat(store.subscriptions.get(TENANT).plan()).isEqualTo(new PlanId("pro-monthly"));
    assertThat(store.payments.get(payment.orderId()).state()).isEqualTo(PaymentState.PAID);
    assertThat(invoice().status()).isEqualTo(InvoiceStatus.PAID);
    var activated = store.subscriptions.get(TENANT);

    // the duplicate: accepted, nothing changes a second time
    assertThat(handler.handle(signed("settlement", "200", "331890.00")))
        .isEqualTo(NotificationOutcome.UNCHANGED);
    assertThat(store.subscriptions.get(TENANT)).isEqualTo(activated);
    assertThat(store.invoices.values()).hasSize(1);
  }

  @Test
  void aLatePendingAfterTheSettlementNeverRegresses() {
    gateway.settle(order(), "settlement", "331890.00");
    handler.handle(signed("settlement", "200", "331890.00"));

    // the older "pending" delivery arrives last, validly signed: the status API says settled
    assertThat(handler.handle(signed("pending", "201", "331890.00")))
        .isEqualTo(NotificationOutcome.UNCHANGED);
    // even if the gateway itself were to report pending again, PAID does not move back
    gateway.settle(order(), "pending", "331890.00");
    assertThat(handler.handle(signed("pending", "201", "331890.00")))
        .isEqualTo(NotificationOutcome.UNCHANGED);
    gateway.settle(order(), "expire", "331890.00");
    assertThat(handler.handle(signed("expire", "202", "331890.00")))
        .isEqualTo(NotificationOutcome.UNCHANGED);
    assertThat(store.payments.get(payment.orderId()).state()).isEqualTo(PaymentState.PAID);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
  }

  @Test
  void theNotificationsClaimIsNotTrustedWithoutTheStatusApi() {
    // validly signed "settlement", but Midtrans' status API still says pending: nothing activates
    gateway.settle(order(), "pending", "331890.00");
    assertThat(handler.handle(signed("settlement", "200", "331890.00")))
        .isEqualTo(NotificationOutcome.UNCHANGED);
    assertThat(store.tiers.get(TENANT)).isNotEqualTo(Tier.PRO);
  }

  @Test
  void aForgedNotificationChangesNothingAndIsNotEvenLookedUp() {
    gateway.settle(order(), "settlement", "331890.00");
    Notification forged =
        new Notification(order(), "200", "331890.00", "00".repeat(64), "settlement", null, "t");

    assertThat(handler.handle(forged)).isEqualTo(NotificationOutcome.REJECTED_SIGNATURE);
    assertThat(gateway.statusCalls).isZero();
    assertThat(store.payments.get(payment.orderId()).state()).isEqualTo(PaymentState.PENDING);
    assertThat(store.deliveries).isEmpty();
  }

  @Test
  void aTamperedAmountFailsTheSignature() {
    Notification signed = signed("settlement", "200", "331890.00");
    Notification tampered =
        new Notification(
            signed.orderId(), "200", "331890", signed.signatureKey(), "settlement", null, "t");
    assertThat(handler.handle(tampered)).isEqualTo(NotificationOutcome.REJECTED_SIGNATURE);
  }

  @Test
  void aConfirmedAmountOtherThanTheChargedOneActivatesNothing() {
    gateway.settle(order(), "settlement", "1000.00");
    assertThat(handler.handle(signed("settlement", "200", "1000.00")))
        .isEqualTo(NotificationOutcome.AMOUNT_MISMATCH);
    assertThat(store.payments.get(payment.orderId()).state()).isEqualTo(PaymentState.PENDING);
  }

  @Test
  void expiryVoidsTheInvoiceAndALateSettlementStillActivates() {
    gateway.settle(order(), "expire", "331890.00");
    assertThat(handler.handle(signed("expire", "202", "331890.00")))
        .isEqualTo(NotificationOutcome.APPLIED);
    assertThat(invoice().status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(store.tiers.get(TENANT)).isNotEqualTo(Tier.PRO);

    gateway.settle(order(), "settlement", "331890.00");
    assertThat(handler.handle(signed("settlement", "200", "331890.00")))
        .isEqualTo(NotificationOutcome.APPLIED);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.PRO);
  }

  @Test
  void aRefundReturnsToFreeWithARefundCreditNote() {
    gateway.settle(order(), "settlement", "331890.00");
    handler.handle(signed("settlement", "200", "331890.00"));
    gateway.settle(order(), "refund", "331890.00");

    assertThat(handler.handle(signed("refund", "200", "331890.00")))
        .isEqualTo(NotificationOutcome.APPLIED);
    assertThat(store.tiers.get(TENANT)).isEqualTo(Tier.FREE);
    Invoice refund =
        store.invoices.values().stream()
            .filter(i -> i.kind() == InvoiceKind.CREDIT_NOTE)
            .findFirst()
            .orElseThrow();
    assertThat(refund.number()).isEqualTo(2);
    assertThat(refund.total()).isEqualTo(invoice().total());
  }

  @Test
  void anUnknownOrderIsAcceptedAndChangesNothing() {
    String other = "nt-00000000-0000-0000-0000-000000000000";
    Notification n =
        new Notification(
            other,
            "200",
            "10000.00",
            SIGNER.sign(other, "200", "10000.00"),
            "settlement",
            null,
            "t");
    assertThat(handler.handle(n)).isEqualTo(NotificationOutcome.UNKNOWN_ORDER);
  }

  @Test
  void anUnreachableStatusApiFailsSoTheGatewayRetries() {
    // no status set: the fake answers like an unreachable/404 status API
    assertThatThrownBy(() -> handler.handle(signed("settlement", "200", "331890.00")))
        .isInstanceOf(PaymentGatewayException.class);
    assertThat(store.payments.get(payment.orderId()).state()).isEqualTo(PaymentState.PENDING);
  }

  private String order() {
    return payment.orderId().value();
  }

  private Invoice invoice() {
    return store.invoices.get(payment.invoice());
  }

  private Notification signed(String status, String code, String gross) {
    return new Notification(
        order(), code, gross, SIGNER.sign(order(), code, gross), status, "accept", "tx-1");
  }
}

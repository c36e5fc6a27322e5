package id.nusatrade.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.midtrans.MidtransPaymentGateway;
import id.nusatrade.billing.midtrans.MidtransSettings;
import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.billing.subscription.PeriodEnd;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.billing.support.InMemoryBillingStore;
import id.nusatrade.billing.support.SettableClock;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One renewal invoice is charged once at the (simulated) Midtrans, whatever the payment process
 * retries: a redelivered charge job, a restarted server, an answer lost between Midtrans and our
 * database, concurrent workers. The count is the simulator's, over loopback.
 */
class InvoiceChargedOnceTest {
  private static final ServerKey KEY = new ServerKey("SB-Mid-server-charge-once");
  private static final TenantId TENANT = TenantId.of("44444444-4444-4444-4444-444444444444");
  private static final Instant JULY_1 = Instant.parse("2026-06-30T17:00:00Z");

  private final InMemoryBillingStore memory = new InMemoryBillingStore();
  private final CrashingStore store = new CrashingStore(memory);
  private final SettableClock clock = new SettableClock(JULY_1.minus(Duration.ofDays(30)));
  private final Catalog catalog = Catalog.standard();
  private MidtransSimulator simulator;
  private PeriodEnd.Invoiced renewal;

  @BeforeEach
  void renewalInvoiced() throws Exception {
    simulator = new MidtransSimulator(0, KEY, URI.create("http://127.0.0.1:9/none"), clock);
    memory.subscriptions.put(
        TENANT,
        Subscription.paid(
            TENANT,
            catalog.version(1).plan(new id.nusatrade.billing.catalog.PlanId("pro-monthly")).get(),
            1,
            clock.instant()));
    memory.tiers.put(TENANT, Tier.PRO);
    clock.set(JULY_1);
    renewal =
        (PeriodEnd.Invoiced)
            new SubscriptionLifecycle(catalog, store, TaxRate.PPN_DEFAULT, clock).endPeriod(TENANT);
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  /** A server's charges: its own gateway client, as after a restart. */
  private InvoiceCharges server() {
    return new InvoiceCharges(
        store,
        new MidtransPaymentGateway(
            new MidtransSettings(simulator.baseUrl(), KEY, Duration.ofSeconds(5))),
        clock);
  }

  @Test
  void aRedeliveredChargeJobCreatesNoSecondCharge() {
    InvoiceCharges charges = server();

    Payment first = charges.charge(TENANT, renewal.invoice());
    Payment again = charges.charge(TENANT, renewal.invoice());

    assertThat(simulator.chargesCreated()).isEqualTo(1);
    assertThat(again.transactionId()).isEqualTo(first.transactionId()).isPresent();
  }

  @Test
  void aRestartedServerChargingTheSameInvoiceCreatesNoSecondCharge() {
    server().charge(TENANT, renewal.invoice());

    Payment afterRestart = server().charge(TENANT, renewal.invoice());

    assertThat(simulator.chargesCreated()).isEqualTo(1);
    assertThat(afterRestart.charged()).isTrue();
  }

  @Test
  void anAnswerLostBeforeItWasStoredIsFetchedAgainWithTheSameIdempotencyKey() {
    store.crashWhenStoringTheAnswer();
    assertThatThrownBy(() -> server().charge(TENANT, renewal.invoice()))
        .hasMessageContaining("crash");
    assertThat(simulator.chargesCreated()).as("Midtrans has the charge").isEqualTo(1);
    assertThat(memory.payments.get(renewal.order()).charged()).as("we do not").isFalse();

    Payment retried = server().charge(TENANT, renewal.invoice());

    assertThat(simulator.chargesCreated()).isEqualTo(1);
    assertThat(retried.charged()).isTrue();
    assertThat(simulator.deliveries()).isEmpty();
  }

  @Test
  void workersChargingTheSameInvoiceAtOnceCreateOneCharge() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Payment>> attempts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        attempts.add(() -> server().charge(TENANT, renewal.invoice()));
      }
      List<Optional<String>> transactions = new ArrayList<>();
      for (Future<Payment> attempt : pool.invokeAll(attempts)) {
        transactions.add(attempt.get().transactionId());
      }

      assertThat(simulator.chargesCreated()).isEqualTo(1);
      assertThat(transactions).containsOnly(transactions.getFirst());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSecondOrderOfTheSameInvoiceCannotExistSoTheOrderIdIsTheInvoices() {
    assertThat(renewal.order()).isEqualTo(new OrderId("nt-" + renewal.invoice().value()));
  }

  /** Fails one write after a charge, as a crash between Midtrans' answer and our database. */
  private static final class CrashingStore implements BillingStore {
    private final InMemoryBillingStore delegate;
    private int callsUntilCrash;

    CrashingStore(InMemoryBillingStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<TenantId> tenantOf(OrderId orderId) {
      return delegate.tenantOf(orderId);
    }

    @Override
    public Optional<id.nusatrade.billing.apikey.KeyCredentials> apiKeyCredentials(String keyId) {
      return delegate.apiKeyCredentials(keyId);
    }

    @Override
    public synchronized <T> T inTenant(TenantId tenant, Function<BillingTransaction, T> work) {
      if (callsUntilCrash > 0 && --callsUntilCrash == 0) {
        throw new IllegalStateException("crash before the charge's answer was stored");
      }
      return delegate.inTenant(tenant, work);
    }

    /** InvoiceCharges reads the payment, charges, then stores the answer: the second call. */
    synchronized void crashWhenStoringTheAnswer() {
      callsUntilCrash = 2;
    }
  }
}

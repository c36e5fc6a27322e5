package id.nusatrade.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.billing.apikey.ApiCallGate;
import id.nusatrade.billing.apikey.ApiRateLimiter;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.midtrans.MidtransPaymentGateway;
import id.nusatrade.billing.midtrans.MidtransSettings;
import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.notice.NoticeKind;
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.PeriodEnd;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.ChargeRequest;
import id.nusatrade.domain.billing.ChargeResult;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.QuotaExceededException;
import id.nusatrade.domain.billing.TransactionStatus;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Payments end to end below HTTP-to-Java translation: real PostgreSQL with row-level security, the
 * real Midtrans adapter talking to the simulator over loopback, the simulator's signed
 * notifications posted to an endpoint that runs the real handler.
 */
class BillingPaymentIT {
  private static final TenantId A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final TenantId B = TenantId.of("22222222-2222-2222-2222-222222222222");
  private static final ServerKey KEY = new ServerKey(ServerKey.DEMO);

  private static BillingDatabase db;
  private static NotificationEndpoint endpoint;
  private static MidtransSimulator simulator;
  private static PostgresBillingStore store;
  private static MidtransPaymentGateway gateway;
  private static final Catalog CATALOG = Catalog.standard();
  private static final Clock CLOCK = Clock.systemUTC();

  @BeforeAll
  static void start() throws Exception {
    db = new BillingDatabase();
    endpoint = new NotificationEndpoint();
    simulator = new MidtransSimulator(0, KEY, endpoint.url(), CLOCK);
    store = new PostgresBillingStore(db.as(BillingDatabase.APP));
    gateway =
        new MidtransPaymentGateway(
            new MidtransSettings(simulator.baseUrl(), KEY, Duration.ofSeconds(10)));
    endpoint.routeTo(
        new NotificationHandler(
            new NotificationSignature(KEY), gateway, store, new PaymentEffects(CATALOG), CLOCK));
  }

  @AfterAll
  static void stop() throws Exception {
    if (simulator != null) {
      simulator.close();
    }
    if (endpoint != null) {
      endpoint.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @BeforeEach
  void tenantBStartsOnFreeWithNoBilling() throws SQLException {
    try (Connection owner = db.as(BillingDatabase.OWNER).getConnection();
        Statement s = owner.createStatement()) {
      s.execute("select set_config('app.tenant_id', '" + B + "', false)");
      for (String table :
          List.of(
              "billing_usage_event",
              "billing_usage_rollup",
              "billing_notification",
              "billing_notice",
              "billing_payment",
              "billing_invoice_line",
              "billing_invoice",
              "billing_document_counter",
              "billing_subscription")) {
        s.execute("delete from " + table);
      }
      s.execute("update tenants set tier_code = 'free'");
    }
  }

  private static SubscriptionService subscriptions(PaymentGateway through) {
    return new SubscriptionService(CATALOG, store, through, TaxRate.PPN_DEFAULT, CLOCK);
  }

  @Test
  void aSettledBcaVaNotificationActivatesProOnceDespiteDuplicatesAndALatePending()
      throws Exception {
    var due =
        (ChangeResult.PaymentDue)
            subscriptions(gateway)
                .change(B, new PlanId("pro-monthly"), PaymentMethod.BCA_VA, false);
    assertThat(due.payment().grossAmountText()).isEqualTo("331890.00");
    assertThat(due.payment().instructions()).containsKey("va_number").containsEntry("bank", "bca");
    assertThat(tier(B)).isEqualTo("free");

    // settlement, one duplicate of it, then the older "pending" replayed last
    var deliveries = simulator.act(due.payment().orderId().value(), "settle", 1, true, 0);

    assertThat(deliveries).extracting(d -> d.httpStatus()).containsExactly(200, 200, 200);
    assertThat(tier(B)).isEqualTo("pro");
    assertThat(outcomes(B)).containsExactly("APPLIED", "UNCHANGED", "UNCHANGED");
    assertThat(count(B, "select count(*) from billing_subscription where plan_id = 'pro-monthly'"))
        .isEqualTo(1);
    Optional<Invoice> seenByB = store.inTenant(B, tx -> tx.invoice(due.invoice().id()));
    assertThat(seenByB.orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
    // another tenant cannot see B's invoice
    Optional<Invoice> seenByA = store.inTenant(A, tx -> tx.invoice(due.invoice().id()));
    assertThat(seenByA).isEmpty();
  }

  @Test
  void aForgedOrTamperedNotificationIsRefusedAndChangesNothing() throws Exception {
    var due =
        (ChangeResult.PaymentDue)
            subscriptions(gateway).change(B, new PlanId("pro-monthly"), PaymentMethod.QRIS, false);
    String order = due.payment().orderId().value();
    String forged =
        """
        {"order_id":"%s","status_code":"200","gross_amount":"331890.00","transaction_status":"settlement",
         "fraud_status":"accept","signature_key":"%s"}"""
            .formatted(order, "ab".repeat(64));
    String realSignature = new NotificationSignature(KEY).sign(order, "200", "331890.00");
    String tampered =
        """
        {"order_id":"%s","status_code":"200","gross_amount":"331890","transaction_status":"settlement",
         "fraud_status":"accept","signature_key":"%s"}"""
            .formatted(order, realSignature);

    assertThat(post(forged)).isEqualTo(403);
    assertThat(post(tampered)).isEqualTo(403);
    assertThat(tier(B)).isEqualTo("free");
    assertThat(outcomes(B)).isEmpty();
    Optional<?> pending = store.inTenant(B, tx -> tx.pendingPayment());
    assertThat(pending).isPresent();
  }

  @Test
  void aRetriedChangeNeverChargesTheInvoiceTwice() throws Exception {
    int before = simulator.chargesCreated();
    // the first charge reaches Midtrans but its answer is lost on the way back
    AtomicBoolean loseAnswer = new AtomicBoolean(true);
    PaymentGateway flaky =
        new PaymentGateway() {
          @Override
          public ChargeResult charge(ChargeRequest request) {
            ChargeResult result = gateway.charge(request);
            if (loseAnswer.getAndSet(false)) {
              throw new PaymentGatewayException("read timed out", true, null);
            }
            return result;
          }

          @Override
          public TransactionStatus status(OrderId orderId) {
            return gateway.status(orderId);
          }

          @Override
          public TransactionStatus cancel(OrderId orderId) {
            return gateway.cancel(orderId);
          }
        };
    SubscriptionService service = subscriptions(flaky);
    try {
      service.change(B, new PlanId("pro-yearly"), PaymentMethod.MANDIRI_BILL, false);
    } catch (PaymentGatewayException expected) {
      // the caller retries
    }
    // four clients retry at once
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<ChangeResult>> retries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Callable<ChangeResult> retry =
          () -> service.change(B, new PlanId("pro-yearly"), PaymentMethod.MANDIRI_BILL, false);
      retries.add(pool.submit(retry));
    }
    List<String> orders = new ArrayList<>();
    for (Future<ChangeResult> r : retries) {
      var due = (ChangeResult.PaymentDue) r.get();
      orders.add(due.payment().orderId().value());
      assertThat(due.payment().instructions()).containsEntry("biller_code", "70012");
    }
    pool.shutdown();

    assertThat(orders).containsOnly(orders.getFirst());
    assertThat(simulator.chargesCreated() - before).isEqualTo(1);
    assertThat(count(B, "select count(*) from billing_invoice")).isEqualTo(1);
  }

  @Test
  void aRenewalNeverPaidIsChargedOnceAndWalksOverdueRestrictedAndFree() throws Exception {
    var bought =
        (ChangeResult.PaymentDue)
            subscriptions(gateway)
                .change(B, new PlanId("pro-monthly"), PaymentMethod.BRI_VA, false);
    simulator.act(bought.payment().orderId().value(), "settle", 0, false, 0);
    assertThat(tier(B)).isEqualTo("pro");
    int before = simulator.chargesCreated();

    // 32 days later the period is over: the subscription process's jobs, each run twice
    Clock later = Clock.offset(CLOCK, Duration.ofDays(32));
    var lifecycle = new SubscriptionLifecycle(CATALOG, store, TaxRate.PPN_DEFAULT, later);
    var renewal = (PeriodEnd.Invoiced) lifecycle.endPeriod(B);
    assertThat(lifecycle.endPeriod(B)).isEqualTo(renewal);
    var charges = new InvoiceCharges(store, gateway, later);
    charges.charge(B, renewal.invoice());
    charges.charge(B, renewal.invoice());
    assertThat(simulator.chargesCreated() - before).isEqualTo(1);

    var confirmation =
        new NotificationHandler(
            new NotificationSignature(KEY), gateway, store, new PaymentEffects(CATALOG), later);
    var expiry =
        new PaymentExpiry(confirmation, gateway, store, new PaymentEffects(CATALOG), later);
    assertThat(expiry.expire(B, renewal.order())).isEqualTo(PaymentState.FAILED);
    assertThat(simulator.transactionStatus(renewal.order().value()))
        .as("the expired VA is cancelled at the gateway")
        .isEqualTo("cancel");
    assertThat(expiry.expire(B, renewal.order())).isEqualTo(PaymentState.FAILED);
    var notices = new Notices(store, later);
    assertThat(notices.issue(B, renewal.invoice(), NoticeKind.REMINDER, 1)).isTrue();
    assertThat(notices.issue(B, renewal.invoice(), NoticeKind.REMINDER, 1)).isFalse();

    lifecycle.markOverdue(B);
    assertThat(tier(B)).isEqualTo("pro");
    lifecycle.restrict(B);
    assertThat(tier(B)).isEqualTo("free");
    assertThat(count(B, "select count(*) from billing_subscription where status = 'RESTRICTED'"))
        .isEqualTo(1);
    lifecycle.downgradeToFree(B);

    assertThat(count(B, "select count(*) from billing_subscription where plan_id = 'free'"))
        .isEqualTo(1);
    assertThat(count(B, "select count(*) from billing_notice")).isEqualTo(1);
    assertThat(count(B, "select count(*) from billing_invoice where status = 'VOID'")).isEqualTo(1);
    // A sees none of it
    assertThat(notices.of(A)).isEmpty();
  }

  @Test
  void invoiceNumbersStayGaplessWhenConcurrentCreationsRollBack() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Optional<Long>>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean fail = i % 3 == 0;
      results.add(pool.submit(() -> createInvoice(fail)));
    }
    List<Long> committed = new ArrayList<>();
    for (Future<Optional<Long>> r : results) {
      r.get().ifPresent(committed::add);
    }
    pool.shutdown();

    // 40 attempts, every third rolled back: 26 committed, numbered 1..26 with no gap or repeat
    assertThat(committed).hasSize(26);
    assertThat(committed)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 26).boxed().toList());
    assertThat(count(B, "select max(number) from billing_invoice")).isEqualTo(26);
  }

  @Test
  void manyParallelClientsNeverExceedTheFreeQuotaAndDuplicatesCountOnce() throws Exception {
    UsageService usage = new UsageService(CATALOG, store, CLOCK);
    // 150 distinct predictions, each sent twice (a redelivery), by 32 clients released at once
    List<UsageEvent> events = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      for (int copy = 0; copy < 2; copy++) {
        events.add(new UsageEvent("pred-" + i, B, UsageMetric.PREDICTIONS, CLOCK.instant(), 1));
      }
    }
    java.util.Collections.shuffle(events, new java.util.Random(7));
    Set<String> admitted = ConcurrentHashMap.newKeySet();
    AtomicInteger refused = new AtomicInteger();
    int peak =
        inParallel(
            32,
            events,
            event -> {
              try {
                usage.admit(event);
                admitted.add(event.eventId());
              } catch (QuotaExceededException e) {
                refused.incrementAndGet();
              }
            });

    assertThat(peak).as("clients really overlapped").isGreaterThan(1);
    // Free: 100 a month. Exactly 100 distinct events admitted and counted, the roll-up agrees;
    // a refused event's redelivery is refused too
    assertThat(admitted).hasSize(100);
    assertThat(count(B, "select count(*) from billing_usage_event")).isEqualTo(100);
    assertThat(count(B, "select sum(used) from billing_usage_rollup")).isEqualTo(100);
    assertThat(usage.report(B).lines().getFirst().used()).isEqualTo(100);
    // both copies of each of the other 50 are refused; a copy of an admitted one is not counted
    assertThat(refused.get()).isEqualTo(2 * 50);
  }

  @Test
  void manyParallelClientsAreAdmittedExactlyTheTiersRateAndEachAdmittedCallCountedOnce()
      throws Exception {
    ApiCallGate gate = new ApiCallGate(CATALOG, store, ApiRateLimiter.systemTime(), CLOCK);
    int limit = CATALOG.entitlementsOf(Tier.FREE, CLOCK.instant()).apiRequestsPerMinute();
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < limit * 3; i++) {
      requests.add("par-" + i);
    }
    Set<String> passed = ConcurrentHashMap.newKeySet();
    AtomicInteger limited = new AtomicInteger();
    int peak =
        inParallel(
            48,
            requests,
            id -> {
              var decision =
                  gate.admit(new ApiCallGate.ApiCall(B, "key:parallel", Optional.empty(), id));
              if (decision.admitted()) {
                passed.add(id);
              } else {
                limited.incrementAndGet();
              }
            });

    assertThat(peak).as("clients really overlapped").isGreaterThan(1);
    assertThat(passed).hasSize(limit);
    assertThat(limited.get()).isEqualTo(2 * limit);
    assertThat(
            count(
                B,
                "select count(*) from billing_usage_event where metric = 'API_CALLS'"
                    + " and event_id like 'par-%'"))
        .isEqualTo(limit);
    assertThat(
            count(
                B,
                "select coalesce(sum(used), 0) from billing_usage_rollup"
                    + " where metric = 'API_CALLS'"))
        .isEqualTo(limit);
  }

  @Test
  void batchesFromParallelConsumersCountEachEventIdExactlyOnce() throws Exception {
    UsageService usage = new UsageService(CATALOG, store, CLOCK);
    // 8 consumers, 40 batches of 250 each: 10,000 events, 2,000 of them repeats of ids in other
    // batches (a redelivery consumed by another consumer), in no particular order
    List<List<UsageEvent>> batches = new ArrayList<>();
    for (int b = 0; b < 40; b++) {
      List<UsageEvent> batch = new ArrayList<>();
      for (int i = 0; i < 250; i++) {
        int n = b * 250 + i;
        int repeated = (n * 7 + 1_013) % 10_000;
        repeated -= repeated % 5 == 4 ? 1 : 0;
        String id = n % 5 == 4 ? "call-" + repeated : "call-" + n; // every 5th repeats one
        batch.add(new UsageEvent(id, B, UsageMetric.API_CALLS, CLOCK.instant(), 1));
      }
      batches.add(batch);
    }
    AtomicInteger counted = new AtomicInteger();
    inParallel(8, batches, batch -> counted.addAndGet(usage.recordAll(B, batch)));

    assertThat(counted.get()).isEqualTo(8_000);
    assertThat(count(B, "select count(*) from billing_usage_event")).isEqualTo(8_000);
    assertThat(count(B, "select sum(used) from billing_usage_rollup")).isEqualTo(8_000);
  }

  /**
   * Runs {@code work} on every item from {@code clients} platform threads released together by a
   * start gate; returns the most items seen in flight at once.
   */
  private static <T> int inParallel(int clients, List<T> items, ThrowingConsumer<T> work)
      throws Exception {
    java.util.concurrent.ConcurrentLinkedQueue<T> queue =
        new java.util.concurrent.ConcurrentLinkedQueue<>(items);
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> runs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      runs.add(
          pool.submit(
              () -> {
                gate.await();
                for (T item = queue.poll(); item != null; item = queue.poll()) {
                  peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                  try {
                    work.accept(item);
                  } finally {
                    inFlight.decrementAndGet();
                  }
                }
                return null;
              }));
    }
    gate.countDown();
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return peak.get();
  }

  private interface ThrowingConsumer<T> {
    void accept(T item) throws Exception;
  }

  private static Optional<Long> createInvoice(boolean rollBack) {
    try {
      return Optional.of(
          store.inTenant(
              B,
              tx -> {
                long number = tx.nextInvoiceNumber();
                tx.insertInvoice(
                    new Invoice(
                        InvoiceId.random(),
                        B,
                        number,
                        InvoiceKind.INVOICE,
                        InvoiceStatus.OPEN,
                        new PlanId("pro-monthly"),
                        1,
                        CLOCK.instant(),
                        List.of(new InvoiceLine("line.plan", "pro-monthly", Idr.of(299_000))),
                        TaxRate.PPN_DEFAULT,
                        Optional.empty()));
                if (rollBack) {
                  throw new IllegalStateException("simulated failure after numbering");
                }
                return number;
              }));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static int post(String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.url())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String tier(TenantId tenant) throws SQLException {
    return inTenant(tenant, "select tier_code from tenants", rs -> rs.getString(1)).getFirst();
  }

  private static List<String> outcomes(TenantId tenant) throws SQLException {
    return inTenant(
        tenant, "select outcome from billing_notification order by id", rs -> rs.getString(1));
  }

  private static long count(TenantId tenant, String sql) throws SQLException {
    return inTenant(tenant, sql, rs -> rs.getLong(1)).getFirst();
  }

  private interface Column<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Reads as the application role: row-level security applies. */
  private static <T> List<T> inTenant(TenantId tenant, String sql, Column<T> column)
      throws SQLException {
    DataSource app = db.as(BillingDatabase.APP);
    try (Connection c = app.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement set =
          c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        set.setString(1, tenant.toString());
        set.execute();
      }
      List<T> out = new ArrayList<>();
      try (PreparedStatement q = c.prepareStatement(sql);
          ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(column.read(rs));
        }
      }
      c.commit();
      return out;
    }
  }
}

package id.nusatrade.bench;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.midtrans.MidtransJson;
import id.nusatrade.billing.midtrans.MidtransPaymentGateway;
import id.nusatrade.billing.midtrans.MidtransSettings;
import id.nusatrade.billing.midtrans.simulator.MidtransSimulator;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationOutcome;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.store.jdbc.BillingSchema;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Billing's targets (issue 12) on real components: the launcher's PostgreSQL (fsync on, the
 * application role under row-level security, a HikariCP pool of 20, the size of liberty-server's
 * `jdbc/nusatrade` pool), the real {@link NotificationHandler} behind a plain JDK {@link
 * HttpServer} on loopback (the same translation as liberty-server's resource: body → handler →
 * 200/403; the Liberty server itself is too heavy to start inside the bench), and the Midtrans
 * simulator as the status API over loopback.
 */
final class BillingSuite implements BenchSuite {
  static final String HEADING = "## Billing: notifications, activation, metering";

  private static final ServerKey KEY = new ServerKey("SB-Mid-server-bench");
  private static final Catalog CATALOG = Catalog.standard();
  private static final int TENANTS = 400;
  private static final int CLIENTS = 200;
  private static final int COPIES = 3; // Midtrans retries: the original and two duplicates
  private static final int METERING_RATE = 10_000; // events per second offered
  private static final int METERING_SECONDS = 10;
  private static final int METERING_TENANTS = 50;

  @Override
  public String name() {
    return "billing";
  }

  @Override
  public String heading() {
    return HEADING;
  }

  @Override
  public String run(Clock clock) throws Exception {
    if (!Files.isDirectory(GatewayIngestSuite.MIGRATION_DIR)) {
      throw new IllegalStateException(
          "billing suite: no migrations at "
              + GatewayIngestSuite.MIGRATION_DIR.toAbsolutePath()
              + "; run ./nusatrade bench from the repository root");
    }
    Path state = Files.createTempDirectory("bench-billing");
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    try {
      postgres.start();
      List<TenantId> tenants = schemaAndTenants(postgres, config);
      try (HikariDataSource app = pool(postgres, config)) {
        PostgresBillingStore store = new PostgresBillingStore(app);
        Notifications notifications = notifications(store, tenants, clock);
        Metering metering = metering(store, tenants.subList(0, METERING_TENANTS), clock);
        return section(clock, notifications, metering);
      }
    } finally {
      postgres.stop();
      GatewayIngestSuite.deleteTree(state);
    }
  }

  /** Latencies of the delivery run and the settled → entitlements-live times. */
  record Notifications(
      Histogram answer, Histogram live, int deliveries, int applied, int forged, long errors) {}

  /** The metering run: offered and counted, the lag from offer to commit, and the exactness. */
  record Metering(
      long offered,
      long distinct,
      long counted,
      long stored,
      double seconds,
      Histogram lag,
      boolean exact) {}

  private static Notifications notifications(
      PostgresBillingStore store, List<TenantId> tenants, Clock clock) throws Exception {
    HttpServer endpoint =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    URI url = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/notification");
    // the simulator's own deliveries go nowhere (port 9 refuses): the bench delivers them itself
    try (MidtransSimulator simulator =
        new MidtransSimulator(0, KEY, URI.create("http://127.0.0.1:9/none"), clock)) {
      MidtransPaymentGateway gateway =
          new MidtransPaymentGateway(
              new MidtransSettings(simulator.baseUrl(), KEY, Duration.ofSeconds(10)));
      NotificationHandler handler =
          new NotificationHandler(
              new NotificationSignature(KEY), gateway, store, new PaymentEffects(CATALOG), clock);
      ExecutorService serverThreads = Executors.newVirtualThreadPerTaskExecutor();
      endpoint.setExecutor(serverThreads);
      endpoint.createContext(
          "/notification",
          exchange -> {
            try (exchange) {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              NotificationOutcome outcome;
              try {
                outcome = handler.handle(MidtransJson.notification(body));
              } catch (RuntimeException e) {
                exchange.sendResponseHeaders(503, -1);
                return;
              }
              exchange.sendResponseHeaders(outcome.accepted() ? 200 : 403, -1);
            }
          });
      endpoint.start();
      try {
        return deliver(store, tenants, clock, gateway, simulator, url);
      } finally {
        endpoint.stop(0);
        serverThreads.shutdownNow();
      }
    }
  }

  private static Notifications deliver(
      PostgresBillingStore store,
      List<TenantId> tenants,
      Clock clock,
      MidtransPaymentGateway gateway,
      MidtransSimulator simulator,
      URI url)
      throws Exception {
    // every tenant upgrades Free → Pro by BCA VA; the payer pays each VA at the simulator
    SubscriptionService subscriptions =
        new SubscriptionService(CATALOG, store, gateway, TaxRate.PPN_DEFAULT, clock);
    record Delivery(TenantId tenant, String order, String body, boolean forged) {}
    List<Delivery> deliveries = new ArrayList<>();
    for (TenantId tenant : tenants) {
      var due =
          (ChangeResult.PaymentDue)
              subscriptions.change(tenant, new PlanId("pro-monthly"), PaymentMethod.BCA_VA, false);
      String order = due.payment().orderId().value();
      simulator.act(order, "settle", 0, false, 0);
      String body = simulator.signedNotification(order);
      for (int i = 0; i < COPIES; i++) {
        deliveries.add(new Delivery(tenant, order, body, false));
      }
      // one tampered copy per order (the amount raised): refused, changes nothing
      deliveries.add(
          new Delivery(
              tenant,
              order,
              body.replace(
                  "\"gross_amount\":\"" + due.payment().grossAmountText() + "\"",
                  "\"gross_amount\":\"1.00\""),
              true));
    }
    Collections.shuffle(deliveries, new Random(12));

    Histogram answer = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    Histogram live = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
    Map<String, Long> firstSent = new ConcurrentHashMap<>();
    Map<String, Boolean> seenLive = new ConcurrentHashMap<>();
    AtomicInteger applied = new AtomicInteger();
    AtomicInteger forgedRefused = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>(deliveries);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    CountDownLatch gate = new CountDownLatch(1);
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      gate.await();
                    } catch (InterruptedException e) {
                      return;
                    }
                    for (Delivery d = queue.poll(); d != null; d = queue.poll()) {
                      long sent = System.nanoTime();
                      if (!d.forged()) {
                        firstSent.putIfAbsent(d.order(), sent);
                      }
                      int status;
                      try {
                        status =
                            http.send(
                                    HttpRequest.newBuilder(url)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(d.body()))
                                        .build(),
                                    HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                      } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        continue;
                      }
                      long answered = System.nanoTime();
                      synchronized (answer) {
                        answer.recordValue(answered - sent);
                      }
                      if (d.forged()) {
                        if (status == 403) {
                          forgedRefused.incrementAndGet();
                        }
                        continue;
                      }
                      if (status != 200) {
                        errors.incrementAndGet();
                        continue;
                      }
                      if (seenLive.containsKey(d.order())) {
                        continue;
                      }
                      // entitlements as every reader gets them: the tenant's tier, fresh from
                      // PostgreSQL, through the catalog (the tier rules, quotas, rate limits)
                      Tier tier = store.inTenant(d.tenant(), tx -> tx.tenantTier());
                      boolean pro =
                          CATALOG.entitlementsOf(tier, clock.instant()).automatedTrading();
                      if (pro && seenLive.putIfAbsent(d.order(), true) == null) {
                        applied.incrementAndGet();
                        synchronized (live) {
                          live.recordValue(System.nanoTime() - firstSent.get(d.order()));
                        }
                      }
                    }
                  }));
    }
    gate.countDown();
    for (Thread client : clients) {
      client.join();
    }
    return new Notifications(
        answer, live, deliveries.size(), applied.get(), forgedRefused.get(), errors.get());
  }

  private static Metering metering(PostgresBillingStore store, List<TenantId> tenants, Clock clock)
      throws Exception {
    UsageService usage = new UsageService(CATALOG, store, clock);
    record Offered(UsageEvent event, long at) {}
    LinkedBlockingQueue<Offered> bus = new LinkedBlockingQueue<>();
    Histogram lag = new Histogram(TimeUnit.SECONDS.toNanos(600), 3);
    AtomicLong counted = new AtomicLong();
    long total = (long) METERING_RATE * METERING_SECONDS;
    Map<TenantId, java.util.Set<String>> distinct = new HashMap<>();
    Random random = new Random(3);
    var done = new java.util.concurrent.atomic.AtomicBoolean();
    ExecutorService consumers = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      running.add(
          consumers.submit(
              () -> {
                List<Offered> batch = new ArrayList<>();
                while (!done.get() || !bus.isEmpty()) {
                  batch.clear();
                  Offered first = bus.poll(50, TimeUnit.MILLISECONDS);
                  if (first == null) {
                    continue;
                  }
                  batch.add(first);
                  bus.drainTo(batch, 1_999);
                  Map<TenantId, List<UsageEvent>> byTenant = new LinkedHashMap<>();
                  for (Offered o : batch) {
                    byTenant
                        .computeIfAbsent(o.event().tenant(), t -> new ArrayList<>())
                        .add(o.event());
                  }
                  for (var e : byTenant.entrySet()) {
                    counted.addAndGet(usage.recordAll(e.getKey(), e.getValue()));
                  }
                  long committed = System.nanoTime();
                  synchronized (lag) {
                    for (Offered o : batch) {
                      lag.recordValue(committed - o.at());
                    }
                  }
                }
                return null;
              }));
    }
    // the producer: METERING_RATE events a second, paced per millisecond; 1 in 10 is a redelivery
    // of an earlier event (same id)
    List<UsageEvent> sent = new ArrayList<>();
    long start = System.nanoTime();
    long perMilli = METERING_RATE / 1000;
    for (long i = 0; i < total; i++) {
      if (i % perMilli == 0) {
        long due = start + (i / perMilli) * 1_000_000L;
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
      }
      UsageEvent event;
      if (i % 10 == 9 && !sent.isEmpty()) {
        event = sent.get(random.nextInt(sent.size()));
      } else {
        TenantId tenant = tenants.get((int) (i % tenants.size()));
        event =
            new UsageEvent(
                "bench-" + UUID.randomUUID(), tenant, UsageMetric.API_CALLS, clock.instant(), 1);
        sent.add(event);
        distinct.computeIfAbsent(tenant, t -> new java.util.HashSet<>()).add(event.eventId());
      }
      bus.add(new Offered(event, System.nanoTime()));
    }
    done.set(true);
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    consumers.shutdown();
    long expected = distinct.values().stream().mapToLong(java.util.Set::size).sum();
    long stored = 0;
    boolean exact = true;
    for (TenantId tenant : tenants) {
      long used =
          usage.report(tenant).lines().stream()
              .filter(l -> l.metric() == UsageMetric.API_CALLS)
              .mapToLong(l -> l.used())
              .sum();
      stored += used;
      exact &= used == distinct.getOrDefault(tenant, java.util.Set.of()).size();
    }
    return new Metering(total, expected, counted.get(), stored, seconds, lag, exact);
  }

  private static String section(Clock clock, Notifications n, Metering m) {
    Machine machine = Machine.describe();
    double answerP50 = n.answer().getValueAtPercentile(50) / 1e6;
    double answerP99 = n.answer().getValueAtPercentile(99) / 1e6;
    double answerMax = n.answer().getMaxValue() / 1e6;
    double liveP50 = n.live().getValueAtPercentile(50) / 1e6;
    double liveP99 = n.live().getValueAtPercentile(99) / 1e6;
    double rate = m.offered() / m.seconds();
    StringBuilder s = new StringBuilder(HEADING).append("\n\n");
    s.append(
        "Real components: the launcher's PostgreSQL (fsync on, application role under row-level"
            + " security, a HikariCP pool of 20 like liberty-server's `jdbc/nusatrade`), the real `NotificationHandler` behind a plain JDK"
            + " `HttpServer` on loopback doing what liberty-server's resource does (body → handler"
            + " → 200/403; the Liberty server is too heavy to start inside the bench, so its JAX-RS"
            + " layer is not measured), and the Midtrans simulator answering the status API over"
            + " loopback (real Midtrans is a network round trip away: add it to every answer)."
            + " Billing's process signals are not sent (no broker in this run).\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            "- date: %s%n- machine: nproc %d, %s; load average at the end of the run %s (the"
                + " machine was shared with other engineers' builds; a busy machine makes the"
                + " figures pessimistic)%n- JDK: %s%n- `./nusatrade bench --only billing`%n%n",
            LocalDate.now(clock),
            machine.processors(),
            machine.cpu(),
            machine.load(),
            machine.jdk()));
    s.append(
        String.format(
            Locale.ROOT,
            "**Notification endpoint.** %d tenants each upgraded Free → Pro by BCA VA and paid at"
                + " the simulator; %d deliveries (each order's signed settlement %d times, as"
                + " Midtrans retries, plus one tampered copy), shuffled, sent by %d concurrent"
                + " clients over HTTP/1.1: each answer = verify the signature, find the order's"
                + " tenant, ask the status API, lock the payment, apply or ignore, commit."
                + " Applied once per order: %d of %d; tampered copies refused: %d; errors: %d.%n%n",
            TENANTS,
            n.deliveries(),
            COPIES,
            CLIENTS,
            n.applied(),
            TENANTS,
            n.forged(),
            n.errors()));
    s.append(
        String.format(
            Locale.ROOT,
            "**Settled → entitlements live**: from the first settlement delivery of an order"
                + " sent, to the tenant's entitlements read fresh from PostgreSQL through the"
                + " catalog showing Pro (what the tier rules, quotas and API gate read on their"
                + " next call: none caches the tier; the per-key rate limiter takes a raised"
                + " limit from its next one-minute window), measured by the client after its"
                + " answer, under the same load.%n%n"));
    s.append(
        String.format(
            Locale.ROOT,
            "**Metering.** %,d `API_CALLS` events offered at %,d/s for %d s over %d tenants, 1 in"
                + " 10 a redelivery of an earlier id, consumed by 4 consumers in batches of up to"
                + " 2,000 (`UsageService.recordAll`: one transaction per tenant and batch, a JDBC"
                + " batch of inserts de-duplicated by id, one roll-up upsert). Distinct ids %,d;"
                + " counted %,d; roll-ups read back after the run %,d: %s. Lag offer → committed:"
                + " p50 %.1f ms, p99 %.1f ms.%n%n",
            m.offered(),
            METERING_RATE,
            METERING_SECONDS,
            METERING_TENANTS,
            m.distinct(),
            m.counted(),
            m.stored(),
            m.exact() && m.counted() == m.distinct() ? "exactly once" : "NOT exact",
            m.lag().getValueAtPercentile(50) / 1e6,
            m.lag().getValueAtPercentile(99) / 1e6));
    s.append("| target (issue 12) | measured | met |\n|---|---:|---|\n");
    s.append(
        String.format(
            Locale.ROOT,
            "| notification endpoint p99 ≤ 50 ms under 200 concurrent deliveries | p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms | %s |%n",
            answerP50,
            answerP99,
            answerMax,
            answerP99 <= 50 ? "yes" : "**no**"));
    s.append(
        String.format(
            Locale.ROOT,
            "| settled notification → entitlements live p99 ≤ 1 s | p50 %.1f ms, p99 %.1f ms |"
                + " %s |%n",
            liveP50,
            liveP99,
            liveP99 <= 1000 && n.applied() == TENANTS ? "yes" : "**no**"));
    boolean held = rate >= METERING_RATE * 0.98 && m.lag().getValueAtPercentile(99) < 1e9;
    s.append(
        String.format(
            Locale.ROOT,
            "| metering 10,000 usage events/s exactly once | %,.0f/s offered and absorbed (lag"
                + " p99 %.0f ms), %s | %s |%n",
            rate,
            m.lag().getValueAtPercentile(99) / 1e6,
            m.exact() && m.counted() == m.distinct() ? "exactly once" : "NOT exact",
            held && m.exact() && m.counted() == m.distinct() ? "yes" : "**no**"));
    return s.toString();
  }

  private static List<TenantId> schemaAndTenants(EmbeddedPostgres postgres, LauncherConfig config)
      throws Exception {
    String appRole = config.get(Setting.DB_APP_USER);
    List<TenantId> tenants = new ArrayList<>();
    try (Connection owner =
            postgres.connect(
                config.get(Setting.DB_OWNER_USER), config.get(Setting.DB_OWNER_PASSWORD));
        Statement sql = owner.createStatement()) {
      for (String file :
          List.of(
              "V1__subscription_tiers.sql",
              "V2__tenants_and_users.sql",
              "V3__tenant_row_level_security.sql")) {
        sql.execute(
            Files.readString(GatewayIngestSuite.MIGRATION_DIR.resolve(file))
                .replace("${appRole}", appRole));
      }
      for (BillingSchema.Script script : BillingSchema.SCRIPTS) {
        script.apply(owner, appRole);
      }
      owner.setAutoCommit(false);
      try (PreparedStatement scope =
              owner.prepareStatement("select set_config('app.tenant_id', ?, true)");
          PreparedStatement insert =
              owner.prepareStatement(
                  "insert into tenants (id, name, tier_code, time_zone)"
                      + " values (?::uuid, ?, 'free', 'WIB')")) {
        for (int i = 0; i < TENANTS; i++) {
          TenantId tenant = TenantId.of(UUID.randomUUID().toString());
          scope.setString(1, tenant.toString());
          scope.execute();
          insert.setString(1, tenant.toString());
          insert.setString(2, "Bench tenant " + i);
          insert.executeUpdate();
          tenants.add(tenant);
        }
      }
      owner.commit();
    }
    return tenants;
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres, LauncherConfig config) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(postgres.jdbcUrl());
    pool.setUsername(config.get(Setting.DB_APP_USER));
    pool.setPassword(config.get(Setting.DB_APP_PASSWORD));
    pool.setMaximumPoolSize(20); // liberty-server's jdbc/nusatrade maxPoolSize
    pool.setPoolName("bench-billing");
    return new HikariDataSource(pool);
  }
}

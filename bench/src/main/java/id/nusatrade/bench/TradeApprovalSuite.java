package id.nusatrade.bench;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.OrderChanged;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.workers.WorkflowClients;
import id.nusatrade.workers.runtime.WorkflowRuntime;
import io.camunda.client.CamundaClient;
import jakarta.jms.ConnectionFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Auto-approved {@code trade-approval} instances end to end on the broker distribution: the
 * NEEDS_APPROVAL event as the trading engine publishes it ({@code trade.order.approval-requested}
 * on the launcher's Artemis) → {@code ApprovalRequestRelay} → message start on the Zeebe 8.6 broker
 * (the launcher's component, one partition, state on disk) → decide-automatically and
 * publish-result workers → {@code trade.approval.decided} back on the bus, where a subscriber takes
 * the time. Two runs after a warm-up: paced (latency at a steady rate) and a burst (throughput).
 * Each counts results per order: unanswered (none arrived within {@link #PATIENCE}) and twice (more
 * than one).
 */
final class TradeApprovalSuite implements BenchSuite {
  static final String HEADING = "## Trade approval on the Zeebe broker";
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final PayloadCodec CODEC = new PayloadCodec();
  private static final int WARM_UP = 200;
  // sized for a shared 2-core machine, where the broker gave ~6 instances/s at load 22
  private static final int SLOW_RATE = 5;
  private static final int SLOW = 100;
  private static final int PACED_RATE = 20;
  private static final int PACED = 300;
  private static final int BURST = 1_000;
  private static final int BURST_BATCH = 50;
  private static final Duration PATIENCE = Duration.ofMinutes(4);

  private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
  private final Map<Long, Integer> deliveries = new ConcurrentHashMap<>();
  private final AtomicLong lastResultAt = new AtomicLong();
  private Histogram latency = histogram();
  private long nextOrder = 1;

  @Override
  public String name() {
    return "approval";
  }

  @Override
  public String heading() {
    return HEADING;
  }

  record Run(String name, int requests, int answered, int twice, long nanos, Histogram latency) {
    double perSecond() {
      return answered * 1e9 / nanos;
    }
  }

  @Override
  public String run(Clock clock) throws Exception {
    Path state = Files.createTempDirectory("bench-approval");
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    ZeebeBroker zeebe = new ZeebeBroker(config);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    CamundaClient client = null;
    ArtemisEventPublisher publisher = null;
    EventConsumer results = null;
    WorkflowRuntime runtime = null;
    try {
      artemis.start();
      ConnectionFactory factory =
          ArtemisConnections.factory(
              artemis.url(),
              config.get(Setting.ARTEMIS_USER),
              config.get(Setting.ARTEMIS_PASSWORD));
      EventMessages messages = new EventMessages(new EventJsonCodec());
      EventConsumers consumers = new EventConsumers(factory, messages, EventBusTopology.defaults());
      publisher = new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
      results =
          consumers.start(
              ConsumerSource.subscription(EventRouting.TRADING, "bench-approval-results"),
              this::result);
      zeebe.start();
      client =
          WorkflowClients.grpc(URI.create(zeebe.grpcAddress()), URI.create(zeebe.restAddress()));
      runtime =
          new WorkflowRuntime(client, clock, publisher, consumers, Duration.ofHours(1), scheduler);
      runtime.start();
      awaitReady(runtime);
      run("warm-up", publisher, WARM_UP, 0);
      Run slow = run("paced " + SLOW_RATE + "/s", publisher, SLOW, SLOW_RATE);
      Run paced = run("paced " + PACED_RATE + "/s", publisher, PACED, PACED_RATE);
      Run burst = run("burst", publisher, BURST, 0);
      return section(clock, List.of(slow, paced, burst), Machine.describe());
    } finally {
      if (runtime != null) {
        runtime.close();
      }
      scheduler.shutdownNow();
      if (results != null) {
        results.close();
      }
      if (publisher != null) {
        publisher.close();
      }
      if (client != null) {
        client.close();
      }
      zeebe.stop();
      artemis.stop();
      deleteTree(state);
    }
  }

  private static void awaitReady(WorkflowRuntime runtime) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!runtime.status().ready()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("workflow runtime not ready: " + runtime.status());
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /**
   * {@code rate} &gt; 0: one request at a time on schedule (as the engine hands off single held
   * orders); 0: as fast as the bus takes batches of {@value #BURST_BATCH}.
   */
  private Run run(String name, ArtemisEventPublisher publisher, int requests, int rate)
      throws InterruptedException {
    latency = histogram();
    long first = nextOrder;
    long start = System.nanoTime();
    int batchSize = rate > 0 ? 1 : BURST_BATCH;
    for (int i = 0; i < requests; i += batchSize) {
      int n = Math.min(batchSize, requests - i);
      if (rate > 0) {
        long due = start + (long) i * 1_000_000_000L / rate;
        LockSupport.parkNanos(due - System.nanoTime());
      }
      List<EventEnvelope> batch = new ArrayList<>(n);
      long now = System.nanoTime();
      for (int k = 0; k < n; k++) {
        long order = nextOrder++;
        sentAt.put(order, now);
        batch.add(approvalRequested(order));
      }
      publisher.publishBatch(batch);
    }
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (answered(first, requests) < requests && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(20);
    }
    TimeUnit.SECONDS.sleep(2); // a second result for any order would arrive meanwhile
    int answered = answered(first, requests);
    int twice = 0;
    for (long o = first; o < first + requests; o++) {
      twice += deliveries.getOrDefault(o, 0) > 1 ? 1 : 0;
    }
    Run run = new Run(name, requests, answered, twice, lastResultAt.get() - start, latency);
    System.out.printf(
        Locale.ROOT,
        "approval %s: %d/%d answered, %d twice, %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
        name,
        answered,
        requests,
        twice,
        run.perSecond(),
        latency.getValueAtPercentile(50) / 1e6,
        latency.getValueAtPercentile(99) / 1e6);
    return run;
  }

  private int answered(long first, int requests) {
    int n = 0;
    for (long o = first; o < first + requests; o++) {
      n += deliveries.containsKey(o) ? 1 : 0;
    }
    return n;
  }

  private void result(EventEnvelope event) {
    if (!ApprovalResultPublisher.EVENT_TYPE.equals(event.type())) {
      return;
    }
    long now = System.nanoTime();
    long order = Long.parseLong(ApprovalResultPublisher.decode(event).orderId());
    if (deliveries.merge(order, 1, Integer::sum) == 1) {
      Long sent = sentAt.get(order);
      if (sent != null) {
        synchronized (this) {
          latency.recordValue(now - sent);
        }
      }
      lastResultAt.accumulateAndGet(now, Math::max);
    }
  }

  /** What the trading engine publishes for an order the rules hold, within the automatic limit. */
  private static EventEnvelope approvalRequested(long order) {
    OrderChanged held =
        new OrderChanged(
            "acc-bench",
            order,
            "bench-" + order,
            "XAUUSD",
            Side.BUY,
            OrderType.MARKET,
            BigDecimal.ONE,
            null,
            null,
            OrderState.PENDING_APPROVAL,
            BigDecimal.ZERO,
            null,
            List.of("WATCH_LIST: XAUUSD is on the watch list"),
            null,
            new BigDecimal("1000000"));
    return CODEC.envelope(
        EventContracts.ORDER_CHANGED, UUID.randomUUID(), TENANT, Instant.now(), held);
  }

  private static Histogram histogram() {
    return new Histogram(TimeUnit.MINUTES.toNanos(5), 3);
  }

  static String section(Clock clock, List<Run> runs, Machine machine) {
    StringBuilder s = new StringBuilder(HEADING).append("\n\n");
    s.append(
        "Auto-approved `trade-approval` instances end to end on the broker distribution (Zeebe"
            + " 8.6.0, one broker, one partition, state on disk, 1 CPU thread as the launcher runs"
            + " it): the NEEDS_APPROVAL event (`trade.order.approval-requested`, as the trading"
            + " engine publishes it) on the launcher's Artemis → `ApprovalRequestRelay` → message"
            + " start → decide-automatically → publish-result → `trade.approval.decided` received"
            + " by a bus subscriber. Latency from publishing the request to receiving the result."
            + " Warm-up "
            + WARM_UP
            + " instances first.\n\n");
    s.append(
        "| run | instances | answered | unanswered after "
            + PATIENCE.toMinutes()
            + " min | twice | instances/s | p50 | p99 | max |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Run r : runs) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %.0f | %.1f ms | %.1f ms | %.1f ms |%n",
              r.name(),
              r.requests(),
              r.answered(),
              r.requests() - r.answered(),
              r.twice(),
              r.perSecond(),
              r.latency().getValueAtPercentile(50) / 1e6,
              r.latency().getValueAtPercentile(99) / 1e6,
              r.latency().getMaxValue() / 1e6));
    }
    s.append(
        "\nTargets (issue 11): ≥ 300 auto-approved instances/s end to end with none lost; p99"
            + " NEEDS_APPROVAL → auto result ≤ 100 ms. Camunda's published baseline: ≈ 51"
            + " completed instances/s on a 3-broker cluster, ≈ 300/s in a single-task stress"
            + " test.\n\n");
    Run paced = runs.getFirst();
    Run burst = runs.getLast();
    boolean throughputMet = burst.perSecond() >= 300 && burst.answered() == burst.requests();
    boolean p99Met = paced.latency().getValueAtPercentile(99) <= 100_000_000L;
    s.append(
        String.format(
            Locale.ROOT,
            "- ≥ 300/s with none lost: **%s** (burst %.0f/s, %d unanswered).%n"
                + "- p99 ≤ 100 ms: **%s** (p99 %.1f ms at the slowest paced rate).%n%n",
            throughputMet ? "met" : "not met",
            burst.perSecond(),
            burst.requests() - burst.answered(),
            p99Met ? "met" : "not met",
            paced.latency().getValueAtPercentile(99) / 1e6));
    s.append(
        String.format(
            Locale.ROOT,
            "Machine: %d processors, %s, %s; load average at the end %s (shared machine: other"
                + " builds ran at the same time). Measured %s.%n",
            machine.processors(),
            machine.cpu(),
            machine.jdk(),
            machine.load(),
            clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)));
    return s.toString();
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

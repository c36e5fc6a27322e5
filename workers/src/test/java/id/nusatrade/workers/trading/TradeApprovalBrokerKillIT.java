package id.nusatrade.workers.trading;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.RecordedProcess;
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
import id.nusatrade.workers.runtime.WorkflowStatus;
import io.camunda.client.CamundaClient;
import jakarta.jms.ConnectionFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 11: a broker kill -9 in the middle of a stream of approvals loses none of
 * them. Real components, no container: embedded Artemis and the Zeebe 8.6 broker distribution (the
 * launcher's), {@link WorkflowRuntime} with the bridge as the platform runs it. 200 NEEDS_APPROVAL
 * events as the trading engine publishes them, all within the automatic limit; the broker's JVM is
 * killed with SIGKILL (by PID) once a first part of the results is back, the second half of the
 * stream is published while it is down, then it is restarted on its data. Every order must get
 * exactly one result event (one event id, delivered once), APPROVED by the rules.
 */
class TradeApprovalBrokerKillIT {
  private static final TenantId TENANT = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final int ORDERS = 200;
  private static final int KILL_AFTER_RESULTS = 40;
  private static final Duration ALL_RESULTS = Duration.ofSeconds(150);
  private static final PayloadCodec CODEC = new PayloadCodec();

  @TempDir Path state;
  private EmbeddedArtemis artemis;
  private ZeebeBroker zeebe;
  private CamundaClient client;
  private ArtemisEventPublisher publisher;
  private EventConsumer results;
  private ScheduledExecutorService scheduler;
  private WorkflowRuntime runtime;

  private final Map<String, List<UUID>> resultsByOrder = new ConcurrentHashMap<>();
  private final Map<String, String> outcomes = new ConcurrentHashMap<>();
  private final CountDownLatch firstResults = new CountDownLatch(KILL_AFTER_RESULTS);
  private final CountDownLatch everyOrder = new CountDownLatch(ORDERS);

  @Test
  void aBrokerKilledMidStreamLosesNoApprovalAndAnswersNoneTwice() throws Exception {
    start();
    long began = System.nanoTime();
    for (int i = 1; i <= ORDERS / 2; i++) {
      publisher.publish(approvalRequested(i));
    }
    assertThat(firstResults.await(60, TimeUnit.SECONDS))
        .as("first %d results before the kill", KILL_AFTER_RESULTS)
        .isTrue();
    int beforeKill = resultsByOrder.size();

    killBrokerWithSigkill();
    for (int i = ORDERS / 2 + 1; i <= ORDERS; i++) {
      publisher.publish(approvalRequested(i)); // the rest of the stream while the broker is down
    }
    zeebe.stop(); // forget the dead process
    zeebe.start(); // same data directory: the broker recovers its log

    boolean complete = everyOrder.await(ALL_RESULTS.toSeconds(), TimeUnit.SECONDS);
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);
    assertThat(beforeKill).as("killed mid-stream").isBetween(KILL_AFTER_RESULTS, ORDERS / 2);
    assertThat(complete)
        .as("all %d results within %s; missing %s", ORDERS, ALL_RESULTS, missing())
        .isTrue();
    assertThat(resultsByOrder).hasSize(ORDERS);
    assertThat(resultsByOrder.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    assertThat(outcomes.values()).containsOnly("APPROVED");
    System.out.printf(
        "%d approvals, broker killed after %d results, all answered once in %d s%n",
        ORDERS, beforeKill, seconds);
  }

  private void start() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    artemis = new EmbeddedArtemis(config);
    artemis.start();
    ConnectionFactory factory =
        ArtemisConnections.factory(
            artemis.url(), config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD));
    EventMessages messages = new EventMessages(new EventJsonCodec());
    EventConsumers consumers = new EventConsumers(factory, messages, EventBusTopology.defaults());
    publisher = new ArtemisEventPublisher(factory, EventRouting.defaults(), messages);
    results =
        consumers.start(
            ConsumerSource.subscription(EventRouting.TRADING, "it-approval-results"),
            this::keepResult);

    zeebe = new ZeebeBroker(config);
    zeebe.start();
    client = WorkflowClients.grpc(URI.create(zeebe.grpcAddress()), URI.create(zeebe.restAddress()));
    scheduler = Executors.newSingleThreadScheduledExecutor();
    runtime =
        new WorkflowRuntime(
            client, Clock.systemUTC(), publisher, consumers, Duration.ofHours(1), scheduler);
    runtime.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    WorkflowStatus status = runtime.status();
    while (!status.ready() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(200); // polling the runtime's own status, not waiting blindly
      status = runtime.status();
    }
    assertThat(status.ready()).as("workflow runtime %s", status).isTrue();
  }

  /** SIGKILL to the broker's JVM and the start script around it, by PID. */
  private void killBrokerWithSigkill() throws Exception {
    RecordedProcess recorded = zeebe.processes().getFirst();
    ProcessHandle broker = ProcessHandle.of(recorded.pid()).orElseThrow();
    List<ProcessHandle> tree = Stream.concat(broker.descendants(), Stream.of(broker)).toList();
    tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
    for (ProcessHandle h : tree) {
      h.onExit().get(30, TimeUnit.SECONDS);
    }
  }

  private void keepResult(EventEnvelope event) {
    if (!ApprovalResultPublisher.EVENT_TYPE.equals(event.type())) {
      return;
    }
    ApprovalResultPublisher.Decided d = ApprovalResultPublisher.decode(event);
    List<UUID> ids = resultsByOrder.computeIfAbsent(d.orderId(), k -> new CopyOnWriteArrayList<>());
    ids.add(event.id());
    outcomes.put(d.orderId(), d.result().name());
    if (ids.size() == 1) {
      firstResults.countDown();
      everyOrder.countDown();
    }
  }

  private List<Integer> missing() {
    return java.util.stream.IntStream.rangeClosed(1, ORDERS)
        .filter(i -> !resultsByOrder.containsKey(Long.toString(1000 + i)))
        .boxed()
        .toList();
  }

  /** What the trading engine publishes for an order the rules hold (TradingEvents). */
  static EventEnvelope approvalRequested(int i) {
    OrderChanged held =
        new OrderChanged(
            "acc-it",
            1000 + i,
            "it-" + i,
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
            new BigDecimal("1000000")); // Rp 1 jt: within the automatic limit (Rp 50 jt)
    return CODEC.envelope(
        EventContracts.ORDER_CHANGED, UUID.randomUUID(), TENANT, Instant.now(), held);
  }

  @AfterEach
  void stopAll() {
    if (runtime != null) {
      runtime.close();
    }
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (results != null) {
      results.close();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (client != null) {
      client.close();
    }
    if (zeebe != null) {
      zeebe.stop();
    }
    if (artemis != null) {
      artemis.stop();
    }
  }
}

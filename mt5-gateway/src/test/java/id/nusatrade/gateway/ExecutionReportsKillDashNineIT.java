package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.gateway.events.EventTypes;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SafetyLimits;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.ExecutionReported;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EmbeddedArtemis;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Execution reports carry money: the gateway, a real process wired as in production (journal,
 * {@code ExecutionOutbox}, Artemis), is killed with SIGKILL while the simulated EA's fills stream
 * through it, then restarted on the same journal and port. A consumer on the durable subscription
 * {@code trading-engine-executions} that applies each execution id once, as the trading engine's
 * {@code Mt5ExecutionConsumer} does, ends up with every report the EA produced, each applied once:
 * none lost at the kill, and every second copy (the EA's resend, the outbox's resend after the
 * restart) carries the same event id, so de-duplication by id is sound.
 */
class ExecutionReportsKillDashNineIT {
  static final String TENANT = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
  static final long ACCOUNT = 5002;
  static final int ORDERS = 400;
  static final Duration WAIT = Duration.ofSeconds(60);
  static final PayloadCodec CODEC = new PayloadCodec();

  @TempDir Path broker;
  @TempDir Path journal;

  /** What the consumer applied: each execution id once, in arrival order. */
  final Map<String, UUID> eventIdOfExecution = new ConcurrentHashMap<>();

  final List<String> appliedOrders = new CopyOnWriteArrayList<>();
  final List<String> idMismatches = new CopyOnWriteArrayList<>();
  final AtomicInteger deliveries = new AtomicInteger();
  GatewayProcess gateway;

  @AfterEach
  void stopGateway() throws InterruptedException {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void everyReportReachesTheDurableQueueAndIsAppliedOnceAcrossAKillDashNine() throws Exception {
    int port = GatewayProcess.freePort();
    EventBusTopology topology = EventBusTopology.defaults().withRedelivery(5, Duration.ZERO);
    try (EmbeddedArtemis artemis = EmbeddedArtemis.start(broker, topology);
        EventConsumer consumer =
            new EventConsumers(
                    ArtemisConnections.factory(artemis.url(), null, null),
                    new EventMessages(new EventJsonCodec()),
                    topology)
                .start(
                    ConsumerSource.subscription(
                        DurableSubscription.TRADING_EXECUTIONS.topic(),
                        DurableSubscription.TRADING_EXECUTIONS.name()),
                    this::apply)) {
      gateway = startGateway(port, artemis.url());
      int appliedAtKill;
      int executedAtKill;
      try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings(port)).start()) {
        long tick = ea.sendTick("EURUSD", 1_700_000_040_000L, 1.1, 1.1002, 0, 1, 0);
        assertThat(ea.awaitAcked(tick, WAIT)).as(ea.lastError()).isTrue();
        for (int i = 0; i < ORDERS / 2; i++) {
          gateway.send("order " + TENANT + " " + ACCOUNT + " x-" + i + " EURUSD");
        }
        // the first fill reached the consumer: the rest of the burst is in flight (at the EA,
        // in its unacked ring, journaled, or in the outbox's batch)
        Await.until(WAIT, () -> !appliedOrders.isEmpty(), "the first report at the consumer");
        gateway.kill();
        appliedAtKill = appliedOrders.size();
        executedAtKill = ea.orders().reports().size();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (ea.connected() && System.nanoTime() < deadline) {
          LockSupport.parkNanos(1_000_000); // the EA reads to the end of the dead connection
        }
        gateway = startGateway(port, artemis.url());
        assertThat(gateway.startupLog())
            .as("the outbox read the journal before serving")
            .anyMatch(l -> l.matches(".*execution reports not yet committed on the bus.*"));
        Await.until(WAIT, () -> ea.connects() >= 2, "the EA back on the restarted gateway");
        for (int i = ORDERS / 2; i < ORDERS; i++) {
          gateway.send("order " + TENANT + " " + ACCOUNT + " x-" + i + " EURUSD");
        }
        Await.until(
            WAIT,
            () ->
                ea.orders().reports().stream()
                    .anyMatch(r -> r.clientOrderId().equals("x-" + (ORDERS - 1))),
            "the last order executed by the EA");
        List<String> executed =
            ea.orders().reports().stream().map(ExecutionReport::clientOrderId).toList();
        Await.until(
            WAIT,
            () -> appliedOrders.size() >= executed.size(),
            "every executed order's report at the consumer");
        assertThat(ea.awaitAcked(ea.lastSeq(), WAIT)).as(ea.lastError()).isTrue();
        gateway.close(); // a clean stop: the outbox commits what it holds
        assertThat(ea.connects()).isGreaterThanOrEqualTo(2);

        System.out.printf(
            "kill -9 with reports in flight: %d of %d executed reports applied at the kill, %d"
                + " executed in all, %d deliveries for %d applied; restarted gateway: %s%n",
            appliedAtKill,
            executedAtKill,
            executed.size(),
            deliveries.get(),
            appliedOrders.size(),
            gateway.startupLog().stream()
                .filter(l -> l.contains("rebuilt market state"))
                .collect(Collectors.joining()));
        assertThat(appliedAtKill)
            .as("reports executed by the EA but not yet applied at the kill: in flight")
            .isLessThan(executedAtKill);
        // every report the EA produced is applied, once
        assertThat(appliedOrders).doesNotHaveDuplicates();
        assertThat(Set.copyOf(appliedOrders)).isEqualTo(Set.copyOf(executed));
        assertThat(executed).doesNotHaveDuplicates(); // the EA executes each ORDER once
        // orders sent after the restart are all executed (the restarted gateway numbers its ORDERs
        // on from the EA's count); orders still in the dead gateway's memory are the sender's to
        // resend (the gateway does not journal ORDERs)
        for (int i = ORDERS / 2; i < ORDERS; i++) {
          assertThat(executed).contains("x-" + i);
        }
        assertThat(idMismatches).as("a resent report under a new event id").isEmpty();
      }
    }
  }

  /** The consumer: applies an execution id once, as the trading engine does. */
  private void apply(EventEnvelope event) {
    if (!EventTypes.EXECUTION_REPORTED.equals(event.type())) {
      return;
    }
    deliveries.incrementAndGet();
    ExecutionReported report = CODEC.decode(EventContracts.EXECUTION_REPORTED, event);
    UUID first = eventIdOfExecution.putIfAbsent(report.executionId(), event.id());
    if (first == null) {
      appliedOrders.add(report.clientOrderId());
    } else if (!first.equals(event.id())) {
      idMismatches.add(report.executionId() + ": " + first + " then " + event.id());
    }
  }

  private GatewayProcess startGateway(int port, String artemisUrl) throws Exception {
    return GatewayProcess.start(
        OrderingGatewayMain.class, port, journal, TENANT + ":" + ACCOUNT + ":exec-key", artemisUrl);
  }

  private static EaSettings settings(int port) {
    return EaSettings.of("127.0.0.1", port, TENANT, ACCOUNT, "exec-key")
        .withSafety(new SafetyLimits(Set.of("EURUSD"), 1.0, 10_000));
  }
}

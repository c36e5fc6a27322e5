package id.nusatrade.workers.trading;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.approval.ApprovalResultPublisher;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.component.ZeebeBroker;
import id.nusatrade.workers.WorkflowClients;
import io.camunda.client.CamundaClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 11: a broker kill -9 in the middle of a stream of approvals loses none of
 * them. Real components, no container: embedded Artemis and the Zeebe 8.6 broker distribution (the
 * launcher's), the workflow runtime with the bridge as the platform runs it. 200 NEEDS_APPROVAL
 * events as the trading engine publishes them, all within the automatic limit; the broker's JVM is
 * killed with SIGKILL (by PID) once a first part of the results is back, the second half of the
 * stream is published while it is down, then it is restarted on its data. Every order must get
 * exactly one result event (one event id, delivered once), APPROVED by the rules.
 */
class TradeApprovalBrokerKillIT {
  private static final int ORDERS = 200;
  private static final long FIRST_ORDER = 1001;
  private static final int KILL_AFTER_RESULTS = 40;
  private static final Duration ALL_RESULTS = Duration.ofSeconds(150);

  @TempDir Path state;
  private ApprovalHarness bus;
  private ZeebeBroker zeebe;
  private CamundaClient client;

  private final Map<String, List<UUID>> resultsByOrder = new ConcurrentHashMap<>();
  private final Map<String, String> outcomes = new ConcurrentHashMap<>();
  private final CountDownLatch firstResults = new CountDownLatch(KILL_AFTER_RESULTS);
  private final CountDownLatch everyOrder = new CountDownLatch(ORDERS);

  @Test
  void aBrokerKilledMidStreamLosesNoApprovalAndAnswersNoneTwice() throws Exception {
    bus = new ApprovalHarness(state, "it-approval-results", this::keepResult);
    zeebe = new ZeebeBroker(bus.config);
    zeebe.start();
    client = WorkflowClients.grpc(URI.create(zeebe.grpcAddress()), URI.create(zeebe.restAddress()));
    bus.startRuntime(client, Duration.ofSeconds(120));

    long began = System.nanoTime();
    for (int i = 0; i < ORDERS / 2; i++) {
      bus.publisher.publish(ApprovalHarness.approvalRequested(FIRST_ORDER + i));
    }
    assertThat(firstResults.await(60, TimeUnit.SECONDS))
        .as("first %d results before the kill", KILL_AFTER_RESULTS)
        .isTrue();
    int beforeKill = resultsByOrder.size();

    killBrokerWithSigkill();
    for (int i = ORDERS / 2; i < ORDERS; i++) {
      // the rest of the stream while the broker is down
      bus.publisher.publish(ApprovalHarness.approvalRequested(FIRST_ORDER + i));
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

  private List<Long> missing() {
    return IntStream.range(0, ORDERS)
        .mapToObj(i -> FIRST_ORDER + i)
        .filter(o -> !resultsByOrder.containsKey(Long.toString(o)))
        .toList();
  }

  @AfterEach
  void stopAll() {
    if (bus != null) {
      bus.close(); // the runtime before the engine it talks to
    }
    if (client != null) {
      client.close();
    }
    if (zeebe != null) {
      zeebe.stop();
    }
  }
}

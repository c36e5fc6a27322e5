package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.EventTypes;
import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SafetyLimits;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.validation.ValidationConfig;
import id.nusatrade.messaging.DuplicateEventException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An execution report the EA got an ACK for reaches the bus although the bus failed until the
 * gateway stopped: the restarted gateway publishes it from its journal, once, under an id that a
 * second publication (a crash between the bus commit and the mark) repeats exactly.
 */
class ExecutionReportsReachTheBusTest {
  static final TenantId TENANT = TenantId.of("1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_700_000_040_000L;

  @TempDir Path journal;

  /** A bus that refuses every batch, counting the attempts. */
  static final class DownBus implements EventPublisher {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public void publishBatch(List<EventEnvelope> events) {
      attempts.incrementAndGet();
      throw new IllegalStateException("bus down");
    }
  }

  @Test
  void aReportAcknowledgedWhileTheBusWasDownIsPublishedOnceAfterARestart() throws Exception {
    DownBus down = new DownBus();
    long reportSeq;
    try (Gateway first = start(down);
        SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings(first.port())).start()) {
      long tickSeq = ea.sendTick("EURUSD", T0, 1.1, 1.1002, 0, 1, 0);
      assertThat(ea.awaitAcked(tickSeq, WAIT)).isTrue();
      first.sendOrder(new TerminalKey(TENANT, 5002), GatewayEndToEndTest.order("x-1", "EURUSD", 1));
      Await.until(WAIT, () -> ea.orders().reports().size() == 1, "the EA's fill");
      assertThat(ea.orders().reports().getFirst().kind()).isEqualTo(ExecutionKind.FILL);
      // the desk records the fill before the EA numbers its frame
      Await.until(WAIT, () -> ea.lastSeq() > tickSeq, "the report's frame");
      reportSeq = ea.lastSeq();
      assertThat(ea.awaitAcked(reportSeq, WAIT)).isTrue(); // journaled: the EA forgets it
      Await.until(WAIT, () -> down.attempts.get() > 0, "a failed publish");
      assertThat(first.executions().published()).isZero();
    }

    RecordingEventPublisher bus = new RecordingEventPublisher();
    try (Gateway second = start(bus)) {
      assertThat(second.executions().resent()).isEqualTo(1);
      Await.until(WAIT, () -> second.executions().published() == 1, "the resend");
    }
    List<EventEnvelope> reported = bus.ofType(EventTypes.EXECUTION_REPORTED);
    assertThat(reported).hasSize(1);
    String executionId = "mt5:" + TENANT + ":5002:" + reportSeq;
    assertThat(reported.getFirst().payload())
        .contains("\"executionId\":\"" + executionId + "\"", "\"kind\":\"FILL\"")
        .contains("\"clientOrderId\":\"x-1\"", "\"seq\":" + reportSeq);
    assertThat(reported.getFirst().id())
        .isEqualTo(UUID.nameUUIDFromBytes(executionId.getBytes(StandardCharsets.UTF_8)));

    RecordingEventPublisher afterMark = new RecordingEventPublisher();
    try (Gateway third = start(afterMark)) {
      assertThat(third.executions().resent()).isZero(); // the bus committed it: not sent again
    }

    // a crash between the bus commit and the mark: sent again, as the very same event, which a
    // bus that saw it refuses (as Artemis' duplicate detection does) without stalling the outbox
    Files.delete(journal.resolve("executions-published"));
    RecordingEventPublisher again = new RecordingEventPublisher();
    try (Gateway fourth = start(again)) {
      Await.until(WAIT, () -> fourth.executions().published() == 1, "the second copy");
    }
    assertThat(again.ofType(EventTypes.EXECUTION_REPORTED).getFirst().id())
        .isEqualTo(reported.getFirst().id());
    Files.delete(journal.resolve("executions-published"));
    SeenIdsBus seen = new SeenIdsBus(again.events());
    try (Gateway fifth = start(seen)) {
      Await.until(WAIT, () -> fifth.executions().published() == 1, "refused as a duplicate");
    }
    assertThat(seen.refused).hasValue(2); // the batch, then the event alone
  }

  /** Refuses, as Artemis does, a batch holding an event id it already took. */
  static final class SeenIdsBus implements EventPublisher {
    final Set<UUID> taken = new java.util.HashSet<>();
    final AtomicInteger refused = new AtomicInteger();

    SeenIdsBus(List<EventEnvelope> already) {
      already.forEach(e -> taken.add(e.id()));
    }

    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public synchronized void publishBatch(List<EventEnvelope> events) {
      if (events.stream().anyMatch(e -> taken.contains(e.id()))) {
        refused.incrementAndGet();
        throw new DuplicateEventException("duplicate id", null);
      }
      events.forEach(e -> taken.add(e.id()));
    }
  }

  private Gateway start(EventPublisher bus) throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 5002, "key-5002");
    return new Gateway(GatewayPorts.of(directory).withPublisher(bus))
        .start(
            GatewayConfig.defaults()
                .withPort(freePort())
                .withJournal(journal)
                .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO)));
  }

  private static EaSettings settings(int port) {
    return EaSettings.of("127.0.0.1", port, TENANT.toString(), 5002, "key-5002")
        .withSafety(new SafetyLimits(Set.of("EURUSD"), 5.0, 5));
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

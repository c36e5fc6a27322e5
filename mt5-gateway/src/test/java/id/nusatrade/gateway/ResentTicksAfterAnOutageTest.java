package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ticks an EA buffered through a gateway outage longer than the staleness limit (60 s) and resent
 * after it are judged as they were sent, not against the clock at resend: the live gateway accepts
 * them, and a rebuild from the journal gives exactly the ticks, bars and indicator values the live
 * gateway stored.
 */
class ResentTicksAfterAnOutageTest {
  static final TenantId TENANT = TenantId.of("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_700_000_040_000L; // a whole minute
  static final long OUTAGE = 600_000; // ten minutes, ten times the staleness limit

  @TempDir Path journal;

  @Test
  void resentTicksAreTakenLiveAndTheRebuildEqualsTheLiveResult() throws Exception {
    int port = freePort();
    RecordingTickStore live = new RecordingTickStore();
    try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings(port))) {
      try (Gateway before = start(port, live, T0 + 59_000)) {
        ea.start();
        assertThat(ea.awaitAcked(send(ea, 0, 60, 0), WAIT)).isTrue();
      }
      long buffered = send(ea, 60, 180, 0); // the gateway is down: the EA keeps these
      try (Gateway after = start(port, live, T0 + 180_000 + OUTAGE)) {
        assertThat(ea.awaitAcked(buffered, WAIT)).as(ea.lastError()).isTrue();
        assertThat(ea.awaitAcked(send(ea, 180, 600, OUTAGE), WAIT)).isTrue();
        Await.until(
            WAIT,
            () -> after.ticksAccepted() + after.rejects().total() == 540,
            "a verdict for every tick after the outage");
        assertThat(after.rejects().total()).isZero();
      }
    }
    assertThat(live.ticks).extracting(Tick::seq).containsExactlyElementsOf(seqs(1, 600));
    assertThat(live.bars).isNotEmpty();
    assertThat(live.indicators).isNotEmpty();

    RecordingTickStore rebuilt = new RecordingTickStore();
    try (Gateway restarted = start(freePort(), rebuilt, T0 + 2 * OUTAGE)) {
      assertThat(restarted.counters().ticksReplayed()).isEqualTo(600);
    }
    assertThat(rebuilt.ticks).containsExactlyElementsOf(live.ticks);
    assertThat(rebuilt.bars).containsExactlyElementsOf(live.bars);
    assertThat(rebuilt.indicators).containsExactlyElementsOf(live.indicators);
  }

  /** Ticks [from, to), one per second from T0 + shift; returns the last sequence. */
  private static long send(SimulatedExpertAdvisor ea, int from, int to, long shift)
      throws InterruptedException {
    long seq = 0;
    for (int i = from; i < to; i++) {
      double mid = 1.25 + ((i * 7) % 13) * 0.0001;
      seq = ea.sendTick("GBPUSD", T0 + shift + i * 1000L, mid - 0.00005, mid + 0.00005, 0, 1, 0);
    }
    return seq;
  }

  private Gateway start(int port, RecordingTickStore store, long nowMillis) throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 43, "outage-key");
    return new Gateway(
            GatewayPorts.of(directory)
                .withTickStore(store)
                .withClock(Clock.fixed(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC)))
        .start(
            GatewayConfig.defaults()
                .withPort(port)
                .withJournal(journal)
                .withValidation(ValidationConfig.defaults())
                .withIndicators(IndicatorSpecs.of("sma:5")));
  }

  private static java.util.List<Long> seqs(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  private static EaSettings settings(int port) {
    return EaSettings.of("127.0.0.1", port, TENANT.toString(), 43, "outage-key");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

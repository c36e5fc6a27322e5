package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.EventTypes;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.ValidationConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a restart the gateway rebuilds bars and indicators from its journal: the bar open at the
 * stop closes with its ticks from before the restart, and the SMA is defined at once.
 */
class GatewayRestartTest {
  static final TenantId TENANT = TenantId.of("5d6e7f80-1a2b-4c3d-9e8f-0a1b2c3d4e5f");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long T0 = 1_699_999_980_000L; // a whole minute

  @TempDir Path journal;
  final double[] mids = new double[900];

  @Test
  void barsAndIndicatorsContinueAcrossARestart() throws Exception {
    int port = freePort();
    RecordingEventPublisher after = new RecordingEventPublisher();
    try (SimulatedExpertAdvisor ea = new SimulatedExpertAdvisor(settings(port))) {
      try (Gateway first = start(port, new RecordingEventPublisher())) {
        ea.start();
        assertThat(ea.awaitAcked(send(ea, 0, 570), WAIT)).isTrue(); // bars 0..8 closed, 9 open
      }
      try (Gateway second = start(port, after)) {
        assertThat(second.counters().ticksReplayed()).isEqualTo(570);
        long last = send(ea, 570, 900); // bar 9 closes at tick 600; bars 10..13 close later
        assertThat(ea.awaitAcked(last, WAIT)).as(ea.lastError()).isTrue();
        Await.until(WAIT, () -> m1(after, EventTypes.INDICATORS_UPDATED).size() == 5, "5 bars");
      }
    }
    String bar9 = m1(after, EventTypes.BAR_CLOSED).getFirst().payload();
    assertThat(bar9).contains("\"openTime\":" + (T0 + 9 * 60_000), "\"tickVolume\":60");
    assertThat(number(bar9, "open")).isEqualTo(mids[540]); // a tick from before the restart
    String snapshot = m1(after, EventTypes.INDICATORS_UPDATED).getFirst().payload();
    assertThat(number(snapshot, "sma_5")).isCloseTo(sma5EndingAtBar(9), Offset.offset(1e-12));
  }

  private double sma5EndingAtBar(int bar) {
    double sum = 0;
    for (int b = bar - 4; b <= bar; b++) {
      sum += mids[b * 60 + 59];
    }
    return sum / 5;
  }

  /** Ticks [from, to), one per second; returns the last sequence. */
  private long send(SimulatedExpertAdvisor ea, int from, int to) throws InterruptedException {
    long seq = 0;
    for (int i = from; i < to; i++) {
      double mid = 1.2 + ((i * 7) % 13) * 0.0001;
      double bid = mid - 0.00005;
      double ask = mid + 0.00005;
      mids[i] = (bid + ask) * 0.5;
      seq = ea.sendTick("GBPUSD", T0 + i * 1000L, bid, ask, 0, 1, 0);
    }
    return seq;
  }

  private Gateway start(int port, RecordingEventPublisher events) throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 42, "restart-key");
    return new Gateway(GatewayPorts.of(directory).withPublisher(events))
        .start(
            GatewayConfig.defaults()
                .withPort(port)
                .withJournal(journal)
                .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
                .withIndicators(IndicatorSpecs.of("sma:5")));
  }

  private static EaSettings settings(int port) {
    return EaSettings.of("127.0.0.1", port, TENANT.toString(), 42, "restart-key");
  }

  private static List<EventEnvelope> m1(RecordingEventPublisher p, String type) {
    return p.ofType(type).stream().filter(e -> e.payload().contains("\"M1\"")).toList();
  }

  private static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.eE]+)").matcher(json);
    assertThat(m.find()).as(field + " in " + json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

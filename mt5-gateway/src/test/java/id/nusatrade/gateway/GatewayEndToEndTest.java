package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.EventTypes;
import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SafetyLimits;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.bars.IndicatorSpecs;
import id.nusatrade.market.validation.RejectReason;
import id.nusatrade.market.validation.ValidationConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayEndToEndTest {
  static final TenantId TENANT = TenantId.of("6f1c8a52-1d1e-4a53-9b7a-3f1f4f6c2a10");
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long T0 = 1_699_999_980_000L; // a whole minute (28,333,333 x 60 s)

  @TempDir Path journal;
  final RecordingEventPublisher events = new RecordingEventPublisher();
  Gateway gateway;

  @BeforeEach
  void start() throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 5001, "key-5001");
    gateway =
        new Gateway(GatewayPorts.of(directory).withPublisher(events))
            .start(
                GatewayConfig.defaults()
                    .withJournal(journal)
                    .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO))
                    .withIndicators(IndicatorSpecs.defaults().withTenant(TENANT, "sma:5,ema:3")));
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  SimulatedExpertAdvisor ea(String key) {
    return new SimulatedExpertAdvisor(
            EaSettings.of("127.0.0.1", gateway.port(), TENANT.toString(), 5001, key))
        .start();
  }

  @Test
  void ticksFromASimulatedEaAreAcknowledgedValidatedAndTurnedIntoBarEvents() throws Exception {
    double[] mids = new double[600];
    try (SimulatedExpertAdvisor ea = ea("key-5001")) {
      for (int i = 0; i < 600; i++) { // 600 ticks, one per second: ten M1 bars, nine closed
        double mid = 1.1000 + (i % 7) * 0.0001;
        double bid = mid - 0.00005;
        double ask = mid + 0.00005;
        mids[i] = (bid + ask) * 0.5;
        ea.sendTick("EURUSD", T0 + i * 1000L, bid, ask, 0, 1, 6);
      }
      ea.sendTick("EURUSD", T0 + 600_000, 1.5, 1.5002, 0, 1, 6); // 36 % away: a spike
      final long lastSeq = ea.sendTick("EURUSD", T0 + 600_001, 1.2, 1.1, 0, 1, 6); // crossed
      assertThat(ea.awaitAcked(lastSeq, WAIT)).isTrue();
      Await.until(
          WAIT,
          () -> gateway.ticksAccepted() + gateway.rejects().total() == lastSeq,
          "all verdicts");
    }
    assertThat(gateway.ticksAccepted()).isEqualTo(600);
    assertThat(gateway.rejects().counts().get(RejectReason.CROSSED_QUOTE)).isEqualTo(1);
    assertThat(gateway.rejects().counts().get(RejectReason.SPIKE)).isEqualTo(1);
    assertRejectsArePublishedAndCounted();
    Await.until(
        WAIT,
        () ->
            events.ofType(EventTypes.BAR_CLOSED).stream()
                    .filter(e -> e.payload().contains("\"M1\""))
                    .count()
                == 9,
        "nine M1 bars");
    assertThat(events.batchCount()).isLessThan(events.events().size());
    assertTenantIndicatorsAreTheSmaOfTheClosedBars(mids);
  }

  private void assertRejectsArePublishedAndCounted() {
    Await.until(WAIT, () -> events.ofType(EventTypes.TICK_REJECTED).size() == 2, "reject events");
    assertThat(events.ofType(EventTypes.TICK_REJECTED))
        .extracting(EventEnvelope::payload)
        .satisfiesExactly(
            spike -> assertThat(spike).contains("\"reason\":\"SPIKE\"", "\"seq\":601"),
            crossed -> assertThat(crossed).contains("\"reason\":\"CROSSED_QUOTE\"", "\"bid\":1.2"));
    GatewayCounters counters = gateway.counters();
    assertThat(counters.ticksAccepted()).isEqualTo(600);
    assertThat(counters.ticksRejected()).isEqualTo(2);
    assertThat(counters.asMap())
        .containsEntry("gateway.ticks.received", 602L)
        .containsEntry("gateway.ticks.rejected.spike", 1L)
        .containsEntry("gateway.ticks.rejected.crossed-quote", 1L)
        .containsEntry("gateway.ticks.rejected.stale", 0L)
        .containsEntry("gateway.ticks.reject-events-suppressed", 0L);
  }

  /** The last M1 snapshot: sma_5 = mean of the closes (last mid of each minute) of bars 4..8. */
  private void assertTenantIndicatorsAreTheSmaOfTheClosedBars(double[] mids) {
    Await.until(WAIT, () -> m1Indicators().size() == 9, "nine M1 indicator snapshots");
    String last = m1Indicators().getLast().payload();
    double expected = 0;
    for (int bar = 4; bar <= 8; bar++) {
      expected += mids[bar * 60 + 59] / 5;
    }
    assertThat(last).contains("\"barOpenTime\":" + (T0 + 8 * 60_000));
    assertThat(number(last, "sma_5")).isCloseTo(expected, Offset.offset(1e-12));
    assertThat(number(last, "ema_3")).isPositive();
    assertThat(last).doesNotContain("rsi_14"); // the tenant's spec, not the default
    assertThat(m1Indicators().getFirst().payload()).contains("\"sma_5\":null"); // warming up
  }

  private List<EventEnvelope> m1Indicators() {
    return events.ofType(EventTypes.INDICATORS_UPDATED).stream()
        .filter(e -> e.payload().contains("\"M1\""))
        .toList();
  }

  private static double number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":([-0-9.eE]+)").matcher(json);
    assertThat(m.find()).as(field + " in " + json).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void aWrongApiKeyIsRefusedAndNothingIsAcknowledged() throws Exception {
    try (SimulatedExpertAdvisor ea = ea("wrong")) {
      ea.sendTick("EURUSD", T0, 1.1, 1.2, 0, 1, 0);
      Await.until(WAIT, () -> ea.lastError().contains("AUTH_FAILED"), "refusal");
      assertThat(ea.ackedSeq()).isZero();
      assertThat(gateway.stats().authFailures()).isPositive();
    }
  }

  @Test
  void anOrderPassesTheEaSafetyLimitsOrIsRejectedAndTheReportComesBack() throws Exception {
    var limits = new SafetyLimits(Set.of("EURUSD"), 1.0, 5);
    try (SimulatedExpertAdvisor ea =
        new SimulatedExpertAdvisor(
                EaSettings.of("127.0.0.1", gateway.port(), TENANT.toString(), 5001, "key-5001")
                    .withSafety(limits))
            .start()) {
      long seq = ea.sendTick("EURUSD", T0, 1.1, 1.1002, 0, 1, 0);
      assertThat(ea.awaitAcked(seq, WAIT)).isTrue();
      var key = new TerminalKey(TENANT, 5001);
      gateway.sendOrder(key, order("ok-1", "EURUSD", 0.5));
      gateway.sendOrder(key, order("too-big", "EURUSD", 2.0));
      gateway.sendOrder(key, order("not-allowed", "XAUUSD", 0.1));
      Await.until(WAIT, () -> ea.orders().reports().size() == 3, "three reports");
      Await.until(WAIT, () -> gateway.stats().executionReports() == 3, "reports at gateway");
      assertThat(ea.orders().reports())
          .extracting(r -> r.kind())
          .containsExactly(ExecutionKind.FILL, ExecutionKind.REJECT, ExecutionKind.REJECT);
      Await.until(WAIT, () -> events.ofType(EventTypes.EXECUTION_REPORTED).size() == 3, "events");
    }
  }

  static OrderCommand order(String id, String symbol, double lots) {
    return new OrderCommand(
        0, OrderAction.PLACE, Side.BUY, OrderType.MARKET, 10, 0, id, symbol, lots, 0, 0, 0);
  }
}

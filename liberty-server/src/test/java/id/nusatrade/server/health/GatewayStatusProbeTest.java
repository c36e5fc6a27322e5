package id.nusatrade.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.GatewayCounters;
import id.nusatrade.gateway.GatewayStatusFile;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The probe judges what the gateway's status file writer really writes (same keys). */
class GatewayStatusProbeTest {
  private static final long NOW = 1_772_330_400_000L; // 2026-03-01T02:00:00Z

  private static GatewayCounters counters(long lastFlush, long lastFailure, String error) {
    return new GatewayCounters(
        3,
        0,
        0,
        1_000,
        0,
        0,
        990,
        10,
        Map.of(),
        0,
        0,
        500,
        0,
        7,
        0,
        lastFailure == 0 ? 0 : 4,
        0,
        2,
        12,
        4096,
        1,
        0,
        lastFlush,
        lastFailure,
        error);
  }

  private static Optional<Properties> written(GatewayCounters c, boolean stores, long at) {
    return Optional.of(GatewayStatusFile.render(c, stores, at));
  }

  @Test
  void noStatusFileMeansNoGatewayStartedYetAndIsNotAFailure() {
    Probe probe = GatewayStatusProbe.judge(Optional.empty(), NOW);
    assertThat(probe.up()).isTrue();
    assertThat(probe.data()).containsEntry("state", "not started");
  }

  @Test
  void aHealthyGatewayReportsTerminalsRingFillAndDroppedEvents() {
    Probe probe =
        GatewayStatusProbe.judge(written(counters(NOW - 500, 0, ""), true, NOW - 1_000), NOW);
    assertThat(probe.up()).isTrue();
    assertThat(probe.data())
        .containsEntry("connectedTerminals", 2L)
        .containsEntry("ringFill", "12/4096")
        .containsEntry("eventsDropped", 7L)
        .containsEntry("lastFlushAgeMillis", 500L);
  }

  @Test
  void aStatusThatStoppedChangingMeansTheGatewayDied() {
    Probe probe =
        GatewayStatusProbe.judge(written(counters(NOW - 20_000, 0, ""), true, NOW - 11_000), NOW);
    assertThat(probe.up()).isFalse();
    assertThat(probe.data().get("reason").toString()).contains("stopped reporting 11 s ago");
  }

  @Test
  void aDeadTickStoreTurnsHealthDownWithItsCause() {
    var failing = counters(NOW - 30_000, NOW - 200, "TickStoreException: connection refused");
    Probe probe = GatewayStatusProbe.judge(written(failing, true, NOW - 1_000), NOW);
    assertThat(probe.up()).isFalse();
    assertThat(probe.data().get("reason").toString())
        .contains("tick store failing since 30 s", "connection refused");
  }

  @Test
  void aStoreThatRecoveredAfterAFailureIsUpAgain() {
    var recovered = counters(NOW - 100, NOW - 5_000, "TickStoreException: timeout");
    assertThat(GatewayStatusProbe.judge(written(recovered, true, NOW - 1_000), NOW).up()).isTrue();
  }
}

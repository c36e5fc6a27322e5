package id.nusatrade.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SystemClockTest {
  @Test
  void aConfiguredStartIsWhereTheClockStandsAndItKeepsTicking() {
    Instant start = Instant.parse("2026-12-02T15:00:00Z");
    Clock clock = SystemClock.startingAt(" 2026-12-02T15:00:00Z ");
    Instant first = clock.instant();
    // the offset is taken a moment before the first reading: within a minute of the start
    assertThat(Duration.between(start, first)).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    assertThat(clock.instant()).isAfterOrEqualTo(first);
  }

  @Test
  void aStartThatIsNoInstantNamesTheSettingAndTheValue() {
    assertThatThrownBy(() -> SystemClock.startingAt("Wednesday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUSATRADE_CLOCK_START")
        .hasMessageContaining("'Wednesday'");
  }
}

package id.nusatrade.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.launcher.run.RestartBackoff.GiveUp;
import id.nusatrade.launcher.run.RestartBackoff.Limits;
import id.nusatrade.launcher.run.RestartBackoff.RestartAt;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {
  private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
  private final StepClock clock = new StepClock(T0);

  /** 1 s first, doubling, at most 10 s; healthy after 60 s; gives up at the 6th failure. */
  private final RestartBackoff backoff =
      new RestartBackoff(
          new Limits(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60), 6),
          clock);

  @Test
  void delaysDoubleFromTheFirstAndStopAtTheMaximum() {
    backoff.started();
    // hand-computed: 1, 2, 4, 8, then 16 capped to 10 (each failure right at the restart)
    long[] expectedSeconds = {1, 2, 4, 8, 10};
    for (int i = 0; i < expectedSeconds.length; i++) {
      RestartBackoff.Decision d = backoff.failed();
      assertThat(d)
          .isEqualTo(new RestartAt(clock.instant().plusSeconds(expectedSeconds[i]), i + 1));
      clock.advance(Duration.ofSeconds(expectedSeconds[i]));
      backoff.started();
    }
  }

  @Test
  void givesUpAtTheConfiguredNumberOfRapidFailures() {
    backoff.started();
    for (int i = 1; i <= 5; i++) {
      assertThat(backoff.failed()).isInstanceOf(RestartAt.class);
      clock.advance(Duration.ofSeconds(30));
      backoff.started();
    }
    assertThat(backoff.failed()).isEqualTo(new GiveUp(6));
  }

  @Test
  void aFailedRestartAttemptCountsAsARapidFailure() {
    backoff.started();
    assertThat(backoff.failed()).isEqualTo(new RestartAt(T0.plusSeconds(1), 1));
    clock.advance(Duration.ofMinutes(10)); // long after, but it never came up again
    assertThat(backoff.failed()).isEqualTo(new RestartAt(clock.instant().plusSeconds(2), 2));
  }

  @Test
  void aHealthyPeriodStartsTheCountOver() {
    backoff.started();
    backoff.failed();
    clock.advance(Duration.ofSeconds(1));
    backoff.started();
    backoff.failed();
    clock.advance(Duration.ofSeconds(2));
    backoff.started();
    clock.advance(Duration.ofSeconds(60)); // exactly the healthy period

    assertThat(backoff.failed()).isEqualTo(new RestartAt(clock.instant().plusSeconds(1), 1));
  }

  @Test
  void justShortOfTheHealthyPeriodIsStillRapid() {
    backoff.started();
    backoff.failed();
    clock.advance(Duration.ofSeconds(1));
    backoff.started();
    clock.advance(Duration.ofSeconds(59));

    assertThat(backoff.failed()).isEqualTo(new RestartAt(clock.instant().plusSeconds(2), 2));
  }

  @Test
  void atLeastOneFailureIsAllowed() {
    assertThatThrownBy(
            () -> new Limits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, 0))
        .hasMessageContaining("maxRapidFailures must be at least 1, was 0");
  }
}

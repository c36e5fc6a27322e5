package id.nusatrade.launcher.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When to restart one crashed component: after a delay that doubles with each rapid failure (from
 * {@link Limits#first()} up to {@link Limits#max()}), never again after {@link
 * Limits#maxRapidFailures()} failures in a row. A failure is rapid when the component had not yet
 * run for {@link Limits#healthyAfter()} since its last start; a failure after such a healthy period
 * starts the count over. A start attempt that fails counts as a failure.
 */
final class RestartBackoff {
  /** The policy's numbers; {@link #defaults(int)} is what a run uses. */
  record Limits(Duration first, Duration max, Duration healthyAfter, int maxRapidFailures) {
    Limits {
      if (maxRapidFailures < 1) {
        throw new IllegalArgumentException(
            "maxRapidFailures must be at least 1, was " + maxRapidFailures);
      }
    }

    static Limits defaults(int maxRapidFailures) {
      return new Limits(
          Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(5), maxRapidFailures);
    }
  }

  /** What the supervisor does about a failure. */
  sealed interface Decision permits RestartAt, GiveUp {}

  /** Restart at {@code at}; {@code failure} is the number of rapid failures so far (1-based). */
  record RestartAt(Instant at, int failure) implements Decision {}

  /** Leave it dead: {@code failures} rapid failures in a row. */
  record GiveUp(int failures) implements Decision {}

  private final Limits limits;
  private final Clock clock;
  private int rapidFailures;
  private Instant upSince;

  RestartBackoff(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** The component is up (first start or a restart): its healthy period begins now. */
  void started() {
    upSince = clock.instant();
  }

  /** The component died or its restart failed: restart when, or give up. */
  Decision failed() {
    Instant now = clock.instant();
    if (upSince != null && !now.isBefore(upSince.plus(limits.healthyAfter()))) {
      rapidFailures = 0;
    }
    upSince = null;
    rapidFailures++;
    if (rapidFailures >= limits.maxRapidFailures()) {
      return new GiveUp(rapidFailures);
    }
    return new RestartAt(now.plus(delay(rapidFailures)), rapidFailures);
  }

  private Duration delay(int failure) {
    Duration delay = limits.first();
    for (int i = 1; i < failure && delay.compareTo(limits.max()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(limits.max()) > 0 ? limits.max() : delay;
  }
}

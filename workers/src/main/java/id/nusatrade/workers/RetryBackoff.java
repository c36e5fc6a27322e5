package id.nusatrade.workers;

import java.time.Duration;

/**
 * How long the engine waits before it hands a failed job out again: doubling from {@code initial}
 * with every failure, capped at {@code max}. The engine does not report a job's initial retries, so
 * the number of failures so far is derived from the retries the BPMN gives a task ({@code
 * configuredRetries}, 3 by convention).
 */
public record RetryBackoff(Duration initial, Duration max, int configuredRetries) {
  public static RetryBackoff defaults() {
    return new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 3);
  }

  /** Backoff after a failure that happened with {@code retriesLeft} retries left. */
  public Duration after(int retriesLeft) {
    int failuresBefore = Math.clamp(configuredRetries - retriesLeft, 0, 30);
    Duration delay = initial.multipliedBy(1L << failuresBefore);
    return delay.compareTo(max) > 0 ? max : delay;
  }
}

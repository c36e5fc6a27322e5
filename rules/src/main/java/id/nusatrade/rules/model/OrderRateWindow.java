package id.nusatrade.rules.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts one account's orders in the last second, on an injected clock: {@link #rate()} before an
 * intent, {@link #record()} once the order is placed. Keeps the last {@code capacity} order times
 * in a ring, so it never allocates; single writer (the account's order thread).
 */
public final class OrderRateWindow {
  private static final Duration WINDOW = Duration.ofSeconds(1);

  private final Clock clock;
  private final long[] times;
  private int next;
  private int size;

  /**
   * @param capacity the most orders per second worth counting (above any limit in force)
   */
  public OrderRateWindow(Clock clock, int capacity) {
    this.clock = clock;
    this.times = new long[capacity];
  }

  /** An order was placed now. */
  public void record() {
    times[next] = clock.millis();
    next = (next + 1) % times.length;
    size = Math.min(size + 1, times.length);
  }

  /** Orders placed in the second before now (now - 1 s exclusive, now inclusive). */
  public OrderRate rate() {
    long now = clock.millis();
    long from = now - WINDOW.toMillis();
    int count = 0;
    for (int i = 0; i < size; i++) {
      long t = times[i];
      if (t > from && t <= now) {
        count++;
      }
    }
    return new OrderRate(count);
  }

  /** The instant the clock reads now, for stamping the intent. */
  public Instant now() {
    return clock.instant();
  }
}

package id.nusatrade.systemtest.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; reports progress every so often. */
public final class Deadline {
  private static final Duration POLL = Duration.ofMillis(500);

  private Deadline() {}

  /**
   * @param progress called with the elapsed seconds every {@code reportEvery} while waiting
   * @return true if the condition held before the timeout
   */
  public static boolean await(
      Duration timeout,
      Duration reportEvery,
      BooleanSupplier condition,
      java.util.function.LongConsumer progress) {
    long start = System.nanoTime();
    long nextReport = reportEvery.toNanos();
    while (!condition.getAsBoolean()) {
      long elapsed = System.nanoTime() - start;
      if (elapsed >= timeout.toNanos()) {
        return false;
      }
      if (elapsed >= nextReport) {
        nextReport += reportEvery.toNanos();
        progress.accept(TimeUnit.NANOSECONDS.toSeconds(elapsed));
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
    return true;
  }

  public static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }
}

package id.nusatrade.messaging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Counts accepted and published events so a caller can wait until its events went out. */
final class FlushProgress {
  private final AtomicLong accepted = new AtomicLong();
  private long published;

  void accepted() {
    accepted.incrementAndGet();
  }

  long acceptedCount() {
    return accepted.get();
  }

  synchronized void published(int count) {
    published += count;
    notifyAll();
  }

  synchronized boolean awaitPublished(long target, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (published < target) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, remaining);
    }
    return true;
  }
}

package id.nusatrade.gateway.events;

import java.time.Clock;

/**
 * Keeps a broken feed from flooding the bus with rejected ticks: at most {@code perSecond} reject
 * events per stream per second of the gateway's clock. Rejects over the limit are only counted; the
 * next event of that stream says how many were suppressed before it. Every reject is still counted
 * by reason either way. Single writer.
 */
final class RejectEventGuard {
  private final Clock clock;
  private final int perSecond;
  private final long[] windowStart;
  private final int[] inWindow;
  private final long[] suppressed;
  private volatile long suppressedTotal; // single writer; read by counters()

  RejectEventGuard(Clock clock, int perSecond, int maxStreams) {
    this.clock = clock;
    this.perSecond = perSecond;
    this.windowStart = new long[maxStreams];
    this.inWindow = new int[maxStreams];
    this.suppressed = new long[maxStreams];
  }

  /** True if the reject may become an event; false means suppressed (and counted). */
  boolean admit(int stream) {
    long now = clock.millis();
    if (now - windowStart[stream] >= 1000) {
      windowStart[stream] = now;
      inWindow[stream] = 0;
    }
    if (inWindow[stream] < perSecond) {
      inWindow[stream]++;
      return true;
    }
    suppressed[stream]++;
    suppressedTotal++;
    return false;
  }

  /** Suppressed since the stream's last admitted event; resets to 0. */
  long takeSuppressed(int stream) {
    long n = suppressed[stream];
    suppressed[stream] = 0;
    return n;
  }

  long suppressedTotal() {
    return suppressedTotal;
  }
}

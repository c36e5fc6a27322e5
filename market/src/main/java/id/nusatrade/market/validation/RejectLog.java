package id.nusatrade.market.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counters per reason and the most recent rejected ticks, bounded, for review. Rejects are rare, so
 * a monitor is simpler than a lock-free structure and costs nothing on accepted ticks.
 */
public final class RejectLog {
  /** One rejected tick as kept for review. */
  public record RejectedTick(
      String symbol, long seq, long timeMillis, double bid, double ask, RejectReason reason) {}

  private final RejectedTick[] recent;
  private final long[] counts = new long[RejectReason.values().length];
  private long total;

  public RejectLog(int capacity) {
    this.recent = new RejectedTick[capacity];
  }

  public synchronized void record(
      String symbol, long seq, long timeMillis, double bid, double ask, int reasonCode) {
    RejectReason reason = RejectReason.ofCode(reasonCode);
    counts[reason.ordinal()]++;
    recent[(int) (total++ % recent.length)] =
        new RejectedTick(symbol, seq, timeMillis, bid, ask, reason);
  }

  public synchronized Map<RejectReason, Long> counts() {
    Map<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
    for (RejectReason r : RejectReason.values()) {
      m.put(r, counts[r.ordinal()]);
    }
    return m;
  }

  public synchronized long total() {
    return total;
  }

  /** The retained rejects, oldest first. */
  public synchronized List<RejectedTick> recent() {
    List<RejectedTick> out = new ArrayList<>();
    long from = Math.max(0, total - recent.length);
    for (long i = from; i < total; i++) {
      out.add(recent[(int) (i % recent.length)]);
    }
    return out;
  }
}

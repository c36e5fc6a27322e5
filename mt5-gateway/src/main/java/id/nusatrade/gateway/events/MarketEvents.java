package id.nusatrade.gateway.events;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.indicators.IndicatorSet;
import id.nusatrade.market.bars.BarListener;
import id.nusatrade.market.bars.IndicatorListener;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The market handler's side of the event ring: copies each event's primitives into a claimed slot
 * and makes the claimed run visible to the publishing thread at the end of the market batch (or
 * every {@value #PUBLISH_EVERY} events, so a long batch does not hold events back). It never waits:
 * when the ring is full (bus slow or down) the event is dropped and counted; ticks are safe in the
 * journal. Single writer, no allocation.
 */
public final class MarketEvents implements BarListener, IndicatorListener {
  static final int PUBLISH_EVERY = 256;

  private final RingBuffer<EventSlot> ring;
  private final RejectEventGuard rejectGuard;
  private final AtomicLong dropped = new AtomicLong();
  private boolean muted;
  private long first = -1;
  private long last = -1;

  public MarketEvents(
      RingBuffer<EventSlot> ring, Clock clock, int rejectEventsPerSecond, int maxStreams) {
    this.ring = ring;
    this.rejectGuard = new RejectEventGuard(clock, rejectEventsPerSecond, maxStreams);
  }

  public void tickSampled(int stream, long time, double bid, double ask, double last) {
    EventSlot e = claim(EventSlot.TICK_SAMPLED, stream, time);
    if (e != null) {
      e.bid = bid;
      e.ask = ask;
      e.last = last;
      claimed();
    }
  }

  /** A rejected tick with its reason, unless the stream is over its reject-event rate. */
  public void tickRejected(int stream, long seq, long time, double bid, double ask, int reason) {
    if (!rejectGuard.admit(stream)) {
      return;
    }
    EventSlot e = claim(EventSlot.TICK_REJECTED, stream, time);
    if (e != null) {
      e.seq = seq;
      e.bid = bid;
      e.ask = ask;
      e.reason = reason;
      e.suppressed = rejectGuard.takeSuppressed(stream);
      claimed();
    }
  }

  @Override
  public void barClosed(
      int stream, Timeframe tf, long openTime, double o, double h, double l, double c, long vol) {
    EventSlot e = claim(EventSlot.BAR_CLOSED, stream, openTime);
    if (e != null) {
      e.timeframe = tf;
      e.open = o;
      e.high = h;
      e.low = l;
      e.close = c;
      e.volume = vol;
      claimed();
    }
  }

  @Override
  public void indicatorsUpdated(
      int stream, Timeframe tf, long openTime, String[] columns, IndicatorSet set) {
    EventSlot e = claim(EventSlot.INDICATORS, stream, openTime);
    if (e != null) {
      e.timeframe = tf;
      e.columns = columns;
      set.values(e.values);
      claimed();
    }
  }

  public void executionReported(int terminal, ExecutionReport report) {
    EventSlot e = claim(EventSlot.EXECUTION, -1, report.timeMillis());
    if (e != null) {
      e.terminal = terminal;
      e.report = report;
      claimed();
    }
  }

  @Override
  public void endOfBatch() {
    if (first >= 0) {
      ring.publish(first, last);
      first = -1;
      last = -1;
    }
  }

  /**
   * While muted (replaying the journal at startup) nothing is put on the ring: those bars and
   * snapshots were published before the restart.
   */
  public void mute(boolean mute) {
    this.muted = mute;
  }

  /** Events lost because the event ring was full. */
  public long dropped() {
    return dropped.get();
  }

  public long rejectEventsSuppressed() {
    return rejectGuard.suppressedTotal();
  }

  private EventSlot claim(int kind, int stream, long time) {
    if (muted) {
      return null;
    }
    long seq;
    try {
      seq = ring.tryNext();
    } catch (InsufficientCapacityException full) {
      dropped.lazySet(dropped.get() + 1);
      return null;
    }
    if (first < 0) {
      first = seq;
    }
    last = seq;
    EventSlot e = ring.get(seq);
    e.kind = kind;
    e.stream = stream;
    e.time = time;
    return e;
  }

  private void claimed() {
    if (last - first + 1 >= PUBLISH_EVERY) {
      endOfBatch();
    }
  }
}

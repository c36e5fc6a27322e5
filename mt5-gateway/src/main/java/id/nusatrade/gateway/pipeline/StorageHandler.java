package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.indicator.IndicatorStore;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.market.bars.ClosedBarLog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Runs after the market handler (it reads the verdict and the bars the tick closed) on its own
 * thread, so storage never delays indicators. It builds no bars itself: it stores the bars the
 * market handler's aggregator closed and the indicator values computed on them ({@link
 * ClosedBarLog}), each under its stream's feed, and hands the store one batch per ring batch.
 *
 * <p>At startup the journal replay passes every journaled tick through {@link #catchUp}: a tick
 * whose sequence is above the highest one stored for its feed (and the bars and values it closed)
 * is stored, so what was acknowledged but not yet stored at a crash reaches the store; the store
 * ignores a tick it already has (feed, time, sequence), so an overlap is harmless.
 */
public final class StorageHandler implements EventHandler<TickSlot> {
  private static final Logger LOG = Logger.getLogger(StorageHandler.class.getName());
  private final StreamRegistry registry;
  private final TickStore store;
  private final IndicatorStore indicatorStore;
  private final ClosedBarLog closedBars;
  private final ClosedBarLog.Entry entry = new ClosedBarLog.Entry();
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> bars = new ArrayList<>();
  private final List<IndicatorValue> values = new ArrayList<>();
  private final long[] storedThrough;
  private final FailureLog failures =
      new FailureLog(LOG, "tick store write", Clock.systemUTC(), Duration.ofMinutes(1));
  private final AtomicLong lastFlushMillis = new AtomicLong();

  /** {@code store} also stores indicator values when it implements {@link IndicatorStore}. */
  public StorageHandler(StreamRegistry registry, TickStore store, ClosedBarLog closedBars) {
    this.registry = registry;
    this.store = store;
    this.indicatorStore = store instanceof IndicatorStore s ? s : null;
    this.closedBars = closedBars;
    this.storedThrough = new long[registry.maxStreams()];
    Arrays.fill(storedThrough, Long.MIN_VALUE);
  }

  @Override
  public void onEvent(TickSlot s, long sequence, boolean endOfBatch) {
    if (s.kind == TickSlot.TICK && s.verdict == 0) {
      take(s);
    }
    if (endOfBatch) {
      flush();
    }
  }

  /** Journal replay: stores the tick (and what it closed) unless its feed already has it. */
  public void catchUp(TickSlot s, boolean endOfBatch) {
    if (s.kind == TickSlot.TICK && s.verdict == 0 && s.seq > storedThrough(s.stream)) {
      take(s);
    } else {
      closedBars.consumedThrough(s.barsTo);
    }
    if (endOfBatch) {
      flush();
    }
  }

  /** End of the journal replay: stores what the catch-up still holds. */
  public void endCatchUp() {
    flush();
  }

  private long storedThrough(int stream) {
    if (storedThrough[stream] == Long.MIN_VALUE) {
      try {
        storedThrough[stream] = store.lastSequence(registry.feed(stream)).orElse(0L);
      } catch (RuntimeException unreachable) {
        storedThrough[stream] = 0; // offer everything: the store skips what it already has
      }
    }
    return storedThrough[stream];
  }

  private void take(TickSlot s) {
    FeedId feed = registry.feed(s.stream);
    ticks.add(new Tick(feed, s.seq, s.timeMillis, s.bid, s.ask, s.last, s.volume, s.flags));
    for (long n = s.barsFrom; n < s.barsTo; n++) {
      closedBars.read(n, entry);
      FeedId barFeed = registry.feed(entry.stream);
      bars.add(
          new Bar(
              barFeed,
              entry.timeframe,
              entry.openTime,
              entry.open,
              entry.high,
              entry.low,
              entry.close,
              entry.volume));
      addValues(barFeed);
    }
    closedBars.consumedThrough(s.barsTo);
  }

  private void addValues(FeedId feed) {
    if (entry.columns == null || indicatorStore == null) {
      return;
    }
    for (int k = 0; k < entry.columns.length; k++) {
      double v = entry.values[k];
      if (!Double.isNaN(v)) { // still warming up: nothing to store yet
        values.add(new IndicatorValue(feed, entry.timeframe, entry.openTime, entry.columns[k], v));
      }
    }
  }

  private void flush() {
    try {
      if (!ticks.isEmpty()) {
        store.appendTicks(List.copyOf(ticks));
      }
      if (!bars.isEmpty()) {
        store.appendBars(List.copyOf(bars));
      }
      if (!values.isEmpty()) {
        indicatorStore.appendIndicators(List.copyOf(values));
      }
      store.flush();
      lastFlushMillis.lazySet(System.currentTimeMillis());
    } catch (RuntimeException e) {
      failures.record(e); // the ticks are in the journal: the next start catches up
    }
    ticks.clear();
    bars.clear();
    values.clear();
  }

  public long failedBatches() {
    return failures.count();
  }

  /** Failures with their last cause, for health reports. */
  public FailureLog failures() {
    return failures;
  }

  /** When the store last accepted a batch (epoch millis), 0 if never. */
  public long lastFlushMillis() {
    return lastFlushMillis.get();
  }
}

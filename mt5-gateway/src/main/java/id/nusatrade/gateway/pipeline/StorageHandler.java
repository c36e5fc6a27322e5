package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.gateway.bars.BarAggregator;
import id.nusatrade.gateway.bars.BarListener;
import id.nusatrade.gateway.health.FailureLog;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Runs after the market handler (it reads the verdict) on its own thread, so storage never delays
 * indicators. It keeps its own bar aggregator rather than sharing the market handler's state
 * (single writer), and hands the store one batch of ticks and bars per ring batch.
 */
public final class StorageHandler implements EventHandler<TickSlot>, BarListener {
  private static final Logger LOG = Logger.getLogger(StorageHandler.class.getName());
  private final StreamRegistry registry;
  private final TickStore store;
  private final BarAggregator bars;
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> closed = new ArrayList<>();
  private final FailureLog failures =
      new FailureLog(LOG, "tick store write", Clock.systemUTC(), Duration.ofMinutes(1));
  private final AtomicLong lastFlushMillis = new AtomicLong();

  public StorageHandler(StreamRegistry registry, TickStore store) {
    this.registry = registry;
    this.store = store;
    this.bars = new BarAggregator(registry.maxStreams(), List.of(this));
  }

  @Override
  public void onEvent(TickSlot s, long sequence, boolean endOfBatch) {
    if (s.kind == TickSlot.TICK && s.verdict == 0) {
      ticks.add(
          new Tick(
              registry.symbol(s.stream), s.timeMillis, s.bid, s.ask, s.last, s.volume, s.flags));
      bars.onTick(s.stream, s.timeMillis, (s.bid + s.ask) * 0.5);
    }
    if (endOfBatch) {
      flush();
    }
  }

  @Override
  public void barClosed(
      int stream,
      Timeframe tf,
      long openTime,
      double o,
      double h,
      double l,
      double c,
      long volume) {
    closed.add(new Bar(registry.symbol(stream), tf, openTime, o, h, l, c, volume));
  }

  private void flush() {
    try {
      if (!ticks.isEmpty()) {
        store.appendTicks(List.copyOf(ticks));
      }
      if (!closed.isEmpty()) {
        store.appendBars(List.copyOf(closed));
      }
      store.flush();
      lastFlushMillis.lazySet(System.currentTimeMillis());
    } catch (RuntimeException e) {
      failures.record(e); // the ticks are in the journal
    }
    ticks.clear();
    closed.clear();
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

package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.gateway.bars.BarAggregator;
import id.nusatrade.gateway.bars.BarListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs after the market handler (it reads the verdict) on its own thread, so storage never delays
 * indicators. It keeps its own bar aggregator rather than sharing the market handler's state
 * (single writer), and hands the store one batch of ticks and bars per ring batch.
 */
public final class StorageHandler implements EventHandler<TickSlot>, BarListener {
  private final StreamRegistry registry;
  private final TickStore store;
  private final BarAggregator bars;
  private final List<Tick> ticks = new ArrayList<>();
  private final List<Bar> closed = new ArrayList<>();
  private final AtomicLong failedBatches = new AtomicLong();

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
    } catch (RuntimeException e) {
      failedBatches.incrementAndGet();
    }
    ticks.clear();
    closed.clear();
  }

  public long failedBatches() {
    return failedBatches.get();
  }
}

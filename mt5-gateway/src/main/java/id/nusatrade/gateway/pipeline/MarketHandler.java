package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.gateway.bars.BarAggregator;
import id.nusatrade.gateway.events.MarketEventBatcher;
import id.nusatrade.gateway.validation.RejectLog;
import id.nusatrade.gateway.validation.TickValidator;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single writer of all market state: validates each tick, feeds bars (and through them
 * indicators and events) and samples ticks for the bus. Rejected ticks stop here. Events go out
 * once per batch.
 */
public final class MarketHandler implements EventHandler<TickSlot> {
  private final StreamRegistry registry;
  private final TickValidator validator;
  private final RejectLog rejects;
  private final BarAggregator bars;
  private final MarketEventBatcher events;
  private final IngestProbe probe;
  private final long sampleMillis;
  private final long[] lastSample;
  private final AtomicLong accepted = new AtomicLong();

  public MarketHandler(
      StreamRegistry registry,
      TickValidator validator,
      RejectLog rejects,
      BarAggregator bars,
      MarketEventBatcher events,
      IngestProbe probe,
      long sampleMillis) {
    this.registry = registry;
    this.validator = validator;
    this.rejects = rejects;
    this.bars = bars;
    this.events = events;
    this.probe = probe;
    this.sampleMillis = sampleMillis;
    this.lastSample = new long[registry.maxStreams()];
    Arrays.fill(lastSample, Long.MIN_VALUE);
  }

  @Override
  public void onEvent(TickSlot slot, long sequence, boolean endOfBatch) {
    if (slot.kind == TickSlot.TICK) {
      onTick(slot);
    } else {
      events.executionReported(slot.terminal, slot.report);
    }
    if (endOfBatch) {
      bars.endOfBatch();
      events.endOfBatch();
    }
  }

  private void onTick(TickSlot t) {
    int s = t.stream;
    int verdict = validator.validate(s, t.timeMillis, t.bid, t.ask, t.last, t.volume);
    t.verdict = verdict;
    if (verdict != 0) {
      rejects.record(registry.symbol(s), t.seq, t.timeMillis, t.bid, t.ask, verdict);
      return;
    }
    bars.onTick(s, t.timeMillis, (t.bid + t.ask) * 0.5);
    // the first tick of a stream is always sampled (time - MIN_VALUE would overflow)
    if (sampleMillis > 0
        && (lastSample[s] == Long.MIN_VALUE || t.timeMillis - lastSample[s] >= sampleMillis)) {
      lastSample[s] = t.timeMillis;
      events.tickSampled(s, t.timeMillis, t.bid, t.ask, t.last);
    }
    accepted.lazySet(accepted.get() + 1);
    probe.tickProcessed(t.receivedNanos);
  }

  public long accepted() {
    return accepted.get();
  }
}

package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.gateway.bars.BarAggregator;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.gateway.validation.RejectLog;
import id.nusatrade.gateway.validation.TickValidator;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single writer of all market state: validates each tick, feeds bars (and through them
 * indicators and events) and samples ticks for the bus. Rejected ticks stop here. Events are only
 * copied into the event ring and made visible at the end of the batch: building and publishing them
 * happens on another thread, so neither the bus nor the journal's fsync holds this handler back.
 */
public final class MarketHandler implements EventHandler<TickSlot> {
  private final StreamRegistry registry;
  private final TickValidator validator;
  private final RejectLog rejects;
  private final BarAggregator bars;
  private final MarketEvents events;
  private final IngestProbe probe;
  private final boolean probing;
  private final long sampleMillis;
  private final long[] lastSample;
  private final AtomicLong accepted = new AtomicLong();

  public MarketHandler(
      StreamRegistry registry,
      TickValidator validator,
      RejectLog rejects,
      BarAggregator bars,
      MarketEvents events,
      IngestProbe probe,
      long sampleMillis) {
    this.registry = registry;
    this.validator = validator;
    this.rejects = rejects;
    this.bars = bars;
    this.events = events;
    this.probe = probe;
    this.probing = probe != IngestProbe.NONE;
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
    long started = probing ? System.nanoTime() : 0;
    int s = t.stream;
    int verdict = validator.validate(s, t.timeMillis, t.bid, t.ask, t.last, t.volume);
    t.verdict = verdict;
    if (verdict != 0) {
      rejects.record(registry.symbol(s), t.seq, t.timeMillis, t.bid, t.ask, verdict);
      events.tickRejected(s, t.seq, t.timeMillis, t.bid, t.ask, verdict);
      return;
    }
    bars.onTick(s, t.timeMillis, (t.bid + t.ask) * 0.5);
    // not "time - last >= sample": with last = Long.MIN_VALUE the subtraction overflows
    if (sampleMillis > 0 && t.timeMillis >= lastSample[s] + sampleMillis) {
      lastSample[s] = t.timeMillis;
      events.tickSampled(s, t.timeMillis, t.bid, t.ask, t.last);
    }
    accepted.lazySet(accepted.get() + 1);
    if (probing) {
      probe.tickProcessed(t.receivedNanos, started);
    }
  }

  /** While replaying the journal at startup the handler publishes no events. */
  public void replaying(boolean on) {
    events.mute(on);
  }

  /**
   * Rebuilds validator, bar and indicator state from one journaled tick, before the ring starts:
   * the live path minus staleness (judged when the tick arrived), events, counters and reject log.
   */
  public boolean replayTick(int s, long time, double bid, double ask, double last, long volume) {
    if (validator.validateRecorded(s, time, bid, ask, last, volume) != 0) {
      return false;
    }
    bars.onTick(s, time, (bid + ask) * 0.5);
    return true;
  }

  public long accepted() {
    return accepted.get();
  }
}

package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.gateway.events.MarketEvents;
import id.nusatrade.market.MarketCore;
import id.nusatrade.market.bars.BarAggregator;
import id.nusatrade.market.bars.ClosedBarLog;
import id.nusatrade.market.validation.RejectLog;
import id.nusatrade.market.validation.TickValidator;
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
  private final MarketCore core;
  private final RejectLog rejects;
  private final ClosedBarLog closedBars;
  private final MarketEvents events;
  private final IngestProbe probe;
  private final boolean probing;
  private final long sampleMillis;
  private final long[] lastSample;
  private final long[] newestOfTerminal;
  private final AtomicLong accepted = new AtomicLong();

  public MarketHandler(
      StreamRegistry registry,
      TickValidator validator,
      RejectLog rejects,
      BarAggregator bars,
      ClosedBarLog closedBars,
      MarketEvents events,
      IngestProbe probe,
      long sampleMillis) {
    this.registry = registry;
    this.core = new MarketCore(validator, bars);
    this.rejects = rejects;
    this.closedBars = closedBars;
    this.events = events;
    this.probe = probe;
    this.probing = probe != IngestProbe.NONE;
    this.sampleMillis = sampleMillis;
    this.lastSample = new long[registry.maxStreams()];
    Arrays.fill(lastSample, Long.MIN_VALUE);
    this.newestOfTerminal = new long[registry.maxTerminals()];
    Arrays.fill(newestOfTerminal, Long.MIN_VALUE);
  }

  @Override
  public void onEvent(TickSlot slot, long sequence, boolean endOfBatch) {
    if (slot.kind == TickSlot.TICK) {
      onTick(slot);
    } // execution reports go to the bus through the journal's outbox, once durable
    if (endOfBatch) {
      core.endOfBatch();
      events.endOfBatch();
    }
  }

  private void onTick(TickSlot t) {
    long started = probing ? System.nanoTime() : 0;
    int s = t.stream;
    t.barsFrom = closedBars.written();
    int verdict = judge(t);
    t.barsTo = closedBars.written();
    if (verdict != 0) {
      rejects.record(registry.symbol(s), t.seq, t.timeMillis, t.bid, t.ask, verdict);
      events.tickRejected(s, t.seq, t.timeMillis, t.bid, t.ask, verdict);
      return;
    }
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
   * Rebuilds validator, bar and indicator state from one journaled tick (filled into {@code t}),
   * before the ring starts: the live path minus events, counters and reject log, with the same
   * verdict (staleness is judged against the terminal's own ticks, not the clock). Leaves the
   * verdict and the closed bars in the slot, as live, so the storage handler can catch up from it.
   */
  public boolean replayTick(TickSlot t) {
    t.barsFrom = closedBars.written();
    judge(t);
    t.barsTo = closedBars.written();
    return t.verdict == 0;
  }

  /** The one verdict rule of live and replayed ticks; remembers the terminal's newest tick. */
  private int judge(TickSlot t) {
    long newest = newestOfTerminal[t.terminal];
    t.verdict = core.onTickInStream(t.stream, newest, t.timeMillis, t.bid, t.ask, t.last, t.volume);
    if (t.verdict == 0 && t.timeMillis > newest) {
      newestOfTerminal[t.terminal] = t.timeMillis;
    }
    return t.verdict;
  }

  public long accepted() {
    return accepted.get();
  }
}

package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.gateway.bars.BarListener;
import id.nusatrade.gateway.bars.IndicatorListener;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.validation.RejectReason;
import id.nusatrade.indicators.IndicatorSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects the events of one ring batch and publishes them with one {@code publishBatch} call at
 * its end. Events are per sample, bar or report, never per tick. A failing bus must not stop the
 * market handler: the batch is counted as failed and dropped (ticks are safe in the journal).
 */
public final class MarketEventBatcher implements BarListener, IndicatorListener {
  private final EventPublisher publisher;
  private final StreamRegistry registry;
  private final List<EventEnvelope> batch = new ArrayList<>();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private final double[] snapshot;
  private final RejectEventGuard rejectGuard;

  public MarketEventBatcher(
      EventPublisher publisher,
      StreamRegistry registry,
      int maxWidth,
      Clock clock,
      int rejectEventsPerSecond) {
    this.publisher = publisher;
    this.registry = registry;
    this.snapshot = new double[maxWidth];
    this.rejectGuard = new RejectEventGuard(clock, rejectEventsPerSecond, registry.maxStreams());
  }

  public void tickSampled(int stream, long time, double bid, double ask, double last) {
    Json p = streamJson(stream).field("time", time).field("bid", bid).field("ask", ask);
    add(stream, EventTypes.TICK_SAMPLED, time, p.field("last", last));
  }

  /** A rejected tick with its reason, unless the stream is over its reject-event rate. */
  public void tickRejected(int stream, long seq, long time, double bid, double ask, int reason) {
    if (!rejectGuard.admit(stream)) {
      return;
    }
    Json p = streamJson(stream).field("seq", seq).field("time", time);
    p.field("bid", bid).field("ask", ask).field("reason", RejectReason.ofCode(reason).name());
    p.field("suppressedBefore", rejectGuard.takeSuppressed(stream));
    add(stream, EventTypes.TICK_REJECTED, time, p);
  }

  @Override
  public void barClosed(
      int stream, Timeframe tf, long openTime, double o, double h, double l, double c, long vol) {
    Json p = streamJson(stream).field("timeframe", tf.name()).field("openTime", openTime);
    p.field("open", o).field("high", h).field("low", l).field("close", c).field("tickVolume", vol);
    add(stream, EventTypes.BAR_CLOSED, openTime + tf.millis(), p);
  }

  @Override
  public void indicatorsUpdated(
      int stream, Timeframe tf, long openTime, String[] columns, IndicatorSet set) {
    set.values(snapshot);
    Json values = new Json();
    for (int k = 0; k < columns.length; k++) {
      values.field(columns[k], snapshot[k]);
    }
    Json p = streamJson(stream).field("timeframe", tf.name()).field("barOpenTime", openTime);
    add(
        stream,
        EventTypes.INDICATORS_UPDATED,
        openTime + tf.millis(),
        p.raw("values", values.toString()));
  }

  public void executionReported(int terminal, ExecutionReport r) {
    var t = registry.terminalAt(terminal);
    Json p = new Json().field("account", t.key().account()).field("kind", r.kind().name());
    p.field("clientOrderId", r.clientOrderId())
        .field("symbol", r.symbol())
        .field("side", r.side().name());
    p.field("volume", r.volume()).field("price", r.price()).field("ticket", r.ticket());
    p.field("retcode", r.retcode()).field("positions", r.positions().size());
    batch.add(envelope(t.tenant(), EventTypes.EXECUTION_REPORTED, r.timeMillis(), p));
  }

  @Override
  public void endOfBatch() {
    if (batch.isEmpty()) {
      return;
    }
    try {
      publisher.publishBatch(List.copyOf(batch));
      published.addAndGet(batch.size());
    } catch (RuntimeException e) {
      failedBatches.incrementAndGet();
    }
    batch.clear();
  }

  public long published() {
    return published.get();
  }

  public long failedBatches() {
    return failedBatches.get();
  }

  /** Rejects counted but not published because their stream was over the rate. */
  public long rejectEventsSuppressed() {
    return rejectGuard.suppressedTotal();
  }

  private Json streamJson(int stream) {
    var t = registry.terminalOfStream(stream);
    return new Json().field("account", t.key().account()).field("symbol", registry.symbol(stream));
  }

  private void add(int stream, String type, long timeMillis, Json payload) {
    batch.add(envelope(registry.terminalOfStream(stream).tenant(), type, timeMillis, payload));
  }

  private static EventEnvelope envelope(
      id.nusatrade.domain.tenant.TenantId tenant, String type, long timeMillis, Json payload) {
    return new EventEnvelope(
        UUID.randomUUID(), tenant, type, Instant.ofEpochMilli(timeMillis), 1, payload.toString());
  }
}

package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.market.validation.RejectReason;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns an event slot into its envelope (JSON payload, schema version 1), on the publishing thread.
 * Bars and indicator snapshots occur when their bar closes (open time + timeframe length).
 */
final class EventEnvelopes {
  private final StreamRegistry registry;

  EventEnvelopes(StreamRegistry registry) {
    this.registry = registry;
  }

  EventEnvelope of(EventSlot e) {
    return switch (e.kind) {
      case EventSlot.TICK_SAMPLED -> stream(e, EventTypes.TICK_SAMPLED, e.time, sample(e));
      case EventSlot.TICK_REJECTED -> stream(e, EventTypes.TICK_REJECTED, e.time, rejected(e));
      case EventSlot.BAR_CLOSED -> stream(e, EventTypes.BAR_CLOSED, closeTime(e), bar(e));
      case EventSlot.INDICATORS ->
          stream(e, EventTypes.INDICATORS_UPDATED, closeTime(e), indicators(e));
      case EventSlot.EXECUTION -> execution(e);
      default -> throw new IllegalStateException("unknown event slot kind " + e.kind);
    };
  }

  private Json sample(EventSlot e) {
    return streamJson(e.stream)
        .field("time", e.time)
        .field("bid", e.bid)
        .field("ask", e.ask)
        .field("last", e.last);
  }

  private Json rejected(EventSlot e) {
    Json p = streamJson(e.stream).field("seq", e.seq).field("time", e.time);
    p.field("bid", e.bid).field("ask", e.ask).field("reason", RejectReason.ofCode(e.reason).name());
    return p.field("suppressedBefore", e.suppressed);
  }

  private Json bar(EventSlot e) {
    Json p = streamJson(e.stream).field("timeframe", e.timeframe.name()).field("openTime", e.time);
    p.field("open", e.open).field("high", e.high).field("low", e.low).field("close", e.close);
    return p.field("tickVolume", e.volume);
  }

  private Json indicators(EventSlot e) {
    Json values = new Json();
    for (int k = 0; k < e.columns.length; k++) {
      values.field(e.columns[k], e.values[k]);
    }
    Json p = streamJson(e.stream).field("timeframe", e.timeframe.name());
    return p.field("barOpenTime", e.time).raw("values", values.toString());
  }

  private EventEnvelope execution(EventSlot e) {
    Terminal t = registry.terminalAt(e.terminal);
    return ExecutionEvents.reported(t.tenant(), t.key().account(), e.report.seq(), e.report);
  }

  private static long closeTime(EventSlot e) {
    return e.time + e.timeframe.millis();
  }

  private Json streamJson(int stream) {
    Terminal t = registry.terminalOfStream(stream);
    return new Json().field("account", t.key().account()).field("symbol", registry.symbol(stream));
  }

  private EventEnvelope stream(EventSlot e, String type, long time, Json payload) {
    return envelope(registry.terminalOfStream(e.stream).tenant(), type, time, payload);
  }

  private static EventEnvelope envelope(TenantId tenant, String type, long millis, Json payload) {
    return new EventEnvelope(
        randomId(), tenant, type, Instant.ofEpochMilli(millis), 1, payload.toString());
  }

  /**
   * A version-4 UUID from ThreadLocalRandom: event ids must be unique, not unguessable, and
   * UUID.randomUUID()'s shared SecureRandom costs more than the rest of the envelope.
   */
  static UUID randomId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}

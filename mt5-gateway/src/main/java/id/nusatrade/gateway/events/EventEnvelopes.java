package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.market.validation.RejectReason;
import id.nusatrade.messaging.contract.BarClosed;
import id.nusatrade.messaging.contract.EventContract;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.IndicatorsUpdated;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.TickRejected;
import id.nusatrade.messaging.contract.TickSampled;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns an event slot into its envelope, on the publishing thread: the payload is the event's
 * record of the bus contract ({@code messaging.contract}), written by its one codec. Bars and
 * indicator snapshots occur when their bar closes (open time + timeframe length).
 */
final class EventEnvelopes {
  private final StreamRegistry registry;
  private final PayloadCodec codec = new PayloadCodec();

  EventEnvelopes(StreamRegistry registry) {
    this.registry = registry;
  }

  EventEnvelope of(EventSlot e) {
    return switch (e.kind) {
      case EventSlot.TICK_SAMPLED -> stream(e, EventContracts.TICK_SAMPLED, e.time, sample(e));
      case EventSlot.TICK_REJECTED -> stream(e, EventContracts.TICK_REJECTED, e.time, rejected(e));
      case EventSlot.BAR_CLOSED -> stream(e, EventContracts.BAR_CLOSED, closeTime(e), bar(e));
      case EventSlot.INDICATORS ->
          stream(e, EventContracts.INDICATORS_UPDATED, closeTime(e), indicators(e));
      case EventSlot.EXECUTION -> execution(e);
      default -> throw new IllegalStateException("unknown event slot kind " + e.kind);
    };
  }

  private TickSampled sample(EventSlot e) {
    return new TickSampled(account(e), registry.symbol(e.stream), e.time, e.bid, e.ask, e.last);
  }

  private TickRejected rejected(EventSlot e) {
    String reason = RejectReason.ofCode(e.reason).name();
    return new TickRejected(
        account(e), registry.symbol(e.stream), e.seq, e.time, e.bid, e.ask, reason, e.suppressed);
  }

  private BarClosed bar(EventSlot e) {
    return new BarClosed(
        account(e),
        registry.symbol(e.stream),
        e.timeframe,
        e.time,
        e.open,
        e.high,
        e.low,
        e.close,
        e.volume);
  }

  private IndicatorsUpdated indicators(EventSlot e) {
    return IndicatorsUpdated.of(
        account(e), registry.symbol(e.stream), e.timeframe, e.time, e.columns, e.values);
  }

  private EventEnvelope execution(EventSlot e) {
    Terminal t = registry.terminalAt(e.terminal);
    return ExecutionEvents.reported(t.tenant(), t.key().account(), e.report.seq(), e.report);
  }

  private static long closeTime(EventSlot e) {
    return e.time + e.timeframe.millis();
  }

  private long account(EventSlot e) {
    return registry.terminalOfStream(e.stream).key().account();
  }

  private <P> EventEnvelope stream(EventSlot e, EventContract<P> contract, long time, P payload) {
    return envelope(contract, registry.terminalOfStream(e.stream).tenant(), time, payload);
  }

  private <P> EventEnvelope envelope(
      EventContract<P> contract, TenantId tenant, long millis, P payload) {
    return codec.envelope(contract, randomId(), tenant, Instant.ofEpochMilli(millis), payload);
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

package id.nusatrade.server.infrastructure.trading;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.TickSampled;

/**
 * Reads the gateway's {@code market.tick.sampled} event through the bus contract ({@link
 * TickSampled}, the tenant from the envelope) into the trading engine's {@link Tick}.
 */
final class TickPayloads {
  static final String TICK_SAMPLED = EventContracts.TICK_SAMPLED.type();
  private static final PayloadCodec CODEC = new PayloadCodec();

  private TickPayloads() {}

  /**
   * @throws id.nusatrade.messaging.PoisonEventException naming what is wrong with the event
   */
  static Tick tick(EventEnvelope e) {
    TickSampled p = CODEC.decode(EventContracts.TICK_SAMPLED, e);
    return new Tick(
        new FeedId(e.tenantId(), p.account(), p.symbol()),
        0,
        p.time(),
        p.bid(),
        p.ask(),
        p.last(),
        0,
        0);
  }
}

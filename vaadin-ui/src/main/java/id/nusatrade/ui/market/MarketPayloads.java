package id.nusatrade.ui.market;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.BarClosed;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import id.nusatrade.messaging.contract.TickSampled;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the gateway's {@code market.tick.sampled} and {@code market.bar.closed} events through the
 * bus contract ({@link TickSampled}, {@link BarClosed}; docs/events.md). Anything else, another
 * version or a payload that does not fit its record is ignored (logged at FINE): a chart must never
 * fail because of one odd event.
 */
public final class MarketPayloads {
  public static final String TICK_SAMPLED = EventContracts.TICK_SAMPLED.type();
  public static final String BAR_CLOSED = EventContracts.BAR_CLOSED.type();
  private static final PayloadCodec CODEC = new PayloadCodec();
  private static final Logger LOG = Logger.getLogger(MarketPayloads.class.getName());

  private MarketPayloads() {}

  public static Optional<MarketUpdate> decode(EventEnvelope event) {
    try {
      if (EventContracts.TICK_SAMPLED.matches(event.type())) {
        return Optional.of(tick(event, CODEC.decode(EventContracts.TICK_SAMPLED, event)));
      }
      if (EventContracts.BAR_CLOSED.matches(event.type())) {
        return Optional.of(bar(event, CODEC.decode(EventContracts.BAR_CLOSED, event)));
      }
      return Optional.empty();
    } catch (PoisonEventException odd) {
      LOG.log(Level.FINE, "chart ignores an event: {0}", odd.getMessage());
      return Optional.empty();
    }
  }

  private static MarketUpdate tick(EventEnvelope e, TickSampled p) {
    return new MarketUpdate.TickSample(
        feed(e, p.account(), p.symbol()), p.time(), p.bid(), p.ask());
  }

  private static MarketUpdate bar(EventEnvelope e, BarClosed p) {
    Candle candle =
        new Candle(p.openTime(), p.open(), p.high(), p.low(), p.close(), p.tickVolume());
    return new MarketUpdate.ClosedBar(feed(e, p.account(), p.symbol()), p.timeframe(), candle);
  }

  /**
   * The tenant from the envelope (set by the gateway from the terminal's login), never the body.
   */
  private static FeedId feed(EventEnvelope e, long account, String symbol) {
    return new FeedId(e.tenantId(), account, symbol);
  }
}

package id.nusatrade.ui.market.jms;

import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.TopicListener;
import id.nusatrade.ui.market.LiveMarket;
import id.nusatrade.ui.market.MarketPayloads;
import jakarta.jms.ConnectionFactory;
import java.util.List;

/**
 * Reads {@code market.tick.sampled} and {@code market.bar.closed} events from Artemis and hands
 * them to the {@link LiveMarket}. Non-durable and auto-acknowledged: a missed update is repaired by
 * the next one (or the closed bar), so there is nothing to redeliver. A message that is not a
 * readable event is skipped.
 */
public final class ArtemisMarketFeed {
  static final String SELECTOR =
      "type IN ('" + MarketPayloads.TICK_SAMPLED + "', '" + MarketPayloads.BAR_CLOSED + "')";

  private ArtemisMarketFeed() {}

  /** The listener (not yet started) that feeds {@code market}. */
  public static TopicListener listener(ConnectionFactory factory, LiveMarket market) {
    return new TopicListener(
        factory,
        List.of(EventRouting.MARKET_TICKS.address(), EventRouting.MARKET_BARS.address()),
        SELECTOR,
        event -> MarketPayloads.decode(event).ifPresent(market::publish));
  }
}

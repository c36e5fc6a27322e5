package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.EventDestination;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;

/**
 * The gateway's view of the event bus. Its types {@code market.indicators.updated} and {@code
 * trade.execution.reported} have no default route (the default prefix is {@code market.indicator},
 * matched on whole segments), and one unroutable event fails its whole batch, bars and ticks
 * included: so both get a route here.
 */
final class GatewayEvents {
  static final EventDestination TRADE = EventDestination.topic("nusatrade.trade");

  private GatewayEvents() {}

  static EventRouting routing() {
    return EventRouting.defaults()
        .with("market.indicators", EventRouting.MARKET_INDICATORS)
        .with("trade", TRADE);
  }

  static ArtemisEventPublisher publisher(String url, LauncherConfig config) {
    return new ArtemisEventPublisher(
        ArtemisConnections.factory(
            url, config.get(Setting.ARTEMIS_USER), config.get(Setting.ARTEMIS_PASSWORD)),
        routing(),
        new EventMessages(new EventJsonCodec()));
  }
}

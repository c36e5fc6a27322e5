package id.nusatrade.gateway.platform;

import id.nusatrade.domain.market.TickStore;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.orders.OrderRequests;
import id.nusatrade.gateway.terminal.CachingTerminalDirectory;
import id.nusatrade.gateway.terminal.JdbcTerminalDirectory;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.DurableSubscriptions;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The gateway's production wiring, used by the launcher's in-JVM gateway and by {@code GatewayMain}
 * alike: terminals from PostgreSQL table {@code mt5_terminal} (cached 30 s, read as the application
 * role under row-level security), events to Artemis, ticks and closed bars to the PostgreSQL tick
 * store. Kept with the gateway so a gateway run on its own is complete.
 */
public final class PlatformWiring {
  private PlatformWiring() {}

  /**
   * The defaults (execution reports, {@code trade.execution.reported}, to the documented trading
   * topic {@code nusatrade.trading}, which the trading engine consumes), plus {@code
   * market.indicators.updated}, which has no default route (the default prefix is {@code
   * market.indicator}, matched on whole segments); one unroutable event fails its whole batch, bars
   * and ticks included.
   */
  public static EventRouting routing() {
    return EventRouting.defaults().with("market.indicators", EventRouting.MARKET_INDICATORS);
  }

  /**
   * Events to the Artemis broker at {@code url}; the caller closes it after the gateway. First the
   * durable subscriptions of {@link EventBusTopology#defaults()} are created if the broker lacks
   * them (an external broker does): execution reports published before the trading engine first
   * subscribes wait in {@code trading-engine-executions} instead of being dropped.
   */
  public static ArtemisEventPublisher publisher(String url, String user, String password) {
    ConnectionFactory factory = ArtemisConnections.factory(url, user, password);
    DurableSubscriptions.ensure(
        factory, user, password, EventBusTopology.defaults().subscriptions());
    return new ArtemisEventPublisher(factory, routing(), new EventMessages(new EventJsonCodec()));
  }

  /**
   * The trading engine's orders for terminals (queue {@code nusatrade.mt5.orders}, {@link
   * OrderRequests}) into the started {@code gateway}; the caller closes the consumer before the
   * gateway.
   */
  public static EventConsumer consumeOrders(
      Gateway gateway, String url, String user, String password) {
    return new EventConsumers(
            ArtemisConnections.factory(url, user, password),
            new EventMessages(new EventJsonCodec()),
            EventBusTopology.defaults())
        .start(OrderRequests.SOURCE, new OrderRequests(gateway));
  }

  /** Terminals and tick store on {@code database} (the application role); add the publisher. */
  public static GatewayPorts ports(DataSource database) {
    return ports(database, new PostgresTickStore(database));
  }

  /**
   * Terminals on {@code database} (the application role), market data on {@code store} (see {@code
   * TickStores}: PostgreSQL or ClickHouse); add the publisher.
   */
  public static GatewayPorts ports(DataSource database, TickStore store) {
    return GatewayPorts.of(
            new CachingTerminalDirectory(
                new JdbcTerminalDirectory(database), Duration.ofSeconds(30), Clock.systemUTC()))
        .withTickStore(store);
  }
}

package id.nusatrade.ui.market.jms;

import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.ui.market.LiveMarket;
import id.nusatrade.ui.market.MarketPayloads;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

/**
 * Reads {@code market.tick.sampled} and {@code market.bar.closed} events from Artemis and hands
 * them to the {@link LiveMarket}. Non-durable and auto-acknowledged: a missed update is repaired by
 * the next one (or the closed bar), so there is nothing to redeliver. A message that is not a
 * readable event is skipped.
 */
public final class ArtemisMarketFeed implements AutoCloseable {
  static final String SELECTOR =
      "type IN ('" + MarketPayloads.TICK_SAMPLED + "', '" + MarketPayloads.BAR_CLOSED + "')";
  private final ConnectionFactory factory;
  private final LiveMarket market;
  private final EventMessages messages = new EventMessages(new EventJsonCodec());
  private Connection connection;

  public ArtemisMarketFeed(ConnectionFactory factory, LiveMarket market) {
    this.factory = factory;
    this.market = market;
  }

  /** Connects and subscribes; safe to call again after a failure. */
  public synchronized void start() throws JMSException {
    if (connection != null) {
      return;
    }
    Connection c = factory.createConnection();
    try {
      Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
      for (var topic :
          new String[] {EventRouting.MARKET_TICKS.address(), EventRouting.MARKET_BARS.address()}) {
        MessageConsumer consumer = session.createConsumer(session.createTopic(topic), SELECTOR);
        consumer.setMessageListener(this::onMessage);
      }
      c.start();
    } catch (JMSException | RuntimeException e) {
      c.close();
      throw e;
    }
    connection = c;
  }

  public synchronized boolean isStarted() {
    return connection != null;
  }

  private void onMessage(Message message) {
    try {
      MarketPayloads.decode(messages.fromMessage(message)).ifPresent(market::publish);
    } catch (Exception e) {
      // not an event we can read: skip it (the durable consumers of other services dead-letter)
    }
  }

  @Override
  public synchronized void close() throws JMSException {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }
}

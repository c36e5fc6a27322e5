package id.nusatrade.server.infrastructure.trading;

import id.nusatrade.domain.market.Tick;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.trading.engine.TradingEngine;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds the engine the gateway's sampled ticks from the bus (non-durable: a missed quote is
 * replaced by the next one): the rules' reference price, the positions' stops, and the paper
 * venue's fills. A message that is not a readable tick is skipped.
 */
final class TradingTickFeed implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(TradingTickFeed.class.getName());
  private static final String SELECTOR = "type = '" + TickPayloads.TICK_SAMPLED + "'";
  private final ConnectionFactory factory;
  private final EventMessages messages;
  private final TradingEngine engine;
  private Connection connection;

  TradingTickFeed(ConnectionFactory factory, EventMessages messages, TradingEngine engine) {
    this.factory = factory;
    this.messages = messages;
    this.engine = engine;
  }

  /** Subscribes unless subscribed; false (and a log line) when the broker cannot be reached. */
  synchronized boolean start() {
    if (connection != null) {
      return true;
    }
    try {
      Connection c = factory.createConnection();
      try {
        Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session
            .createConsumer(session.createTopic(EventRouting.MARKET_TICKS.address()), SELECTOR)
            .setMessageListener(this::onMessage);
        c.start();
      } catch (JMSException | RuntimeException e) {
        c.close();
        throw e;
      }
      connection = c;
      return true;
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, "trading: cannot subscribe to ticks yet (" + e.getMessage() + ")");
      return false;
    }
  }

  private void onMessage(Message message) {
    Tick tick;
    try {
      tick = TickPayloads.tick(messages.fromMessage(message));
    } catch (Exception unreadable) {
      return;
    }
    engine.onTick(tick);
    engine.flush(); // paper fills of this tick are durable before the next one
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (JMSException e) {
        // shutting down: the broker may already be gone
      }
      connection = null;
    }
  }
}

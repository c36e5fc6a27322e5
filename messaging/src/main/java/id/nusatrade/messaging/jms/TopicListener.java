package id.nusatrade.messaging.jms;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.json.EventJsonCodec;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.util.List;
import java.util.function.Consumer;

/**
 * A non-durable, auto-acknowledged listener on bus topics for what a page shows live (the chart's
 * ticks and bars, the signals feed): a missed event is repaired by the next one, so nothing is
 * redelivered. Each readable event matching {@code selector} goes to {@code onEvent}; a message
 * that is not a readable event, or that {@code onEvent} cannot take, is skipped (the durable
 * consumers of the services dead-letter).
 */
public final class TopicListener implements AutoCloseable {
  private final ConnectionFactory factory;
  private final List<String> topics;
  private final String selector;
  private final Consumer<EventEnvelope> onEvent;
  private final EventMessages messages = new EventMessages(new EventJsonCodec());
  private Connection connection;

  /**
   * @param topics the topic addresses
   * @param selector a JMS message selector on the event properties (e.g. {@code type = '...'})
   */
  public TopicListener(
      ConnectionFactory factory,
      List<String> topics,
      String selector,
      Consumer<EventEnvelope> onEvent) {
    this.factory = factory;
    this.topics = List.copyOf(topics);
    this.selector = selector;
    this.onEvent = onEvent;
  }

  /** Connects and subscribes; safe to call again after a failure. */
  public synchronized void start() throws JMSException {
    if (connection != null) {
      return;
    }
    Connection c = factory.createConnection();
    try {
      Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
      for (String topic : topics) {
        session.createConsumer(session.createTopic(topic), selector).setMessageListener(this::on);
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

  private void on(Message message) {
    try {
      onEvent.accept(messages.fromMessage(message));
    } catch (Exception e) {
      // not an event we can read or take: skip it
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

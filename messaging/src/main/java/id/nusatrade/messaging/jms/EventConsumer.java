package id.nusatrade.messaging.jms;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventBusException;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventDestination;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.json.UnreadableEventException;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * Feeds events from a queue or a durable shared subscription to a handler on a thread of its own,
 * in transactions of up to {@code maxBatch} events (the events already waiting; it never waits to
 * fill a batch). A handler exception rolls the transaction back; the broker redelivers and, after
 * the topology's attempts, moves the event intact to the dead-letter queue. After a rollback the
 * consumer commits event by event for a while, so only the failing event uses up its attempts.
 * Unreadable messages and {@link PoisonEventException}s go to the dead-letter queue at once, with
 * the reason attached. The subscription exists once {@code start} returns, so events published
 * afterwards are kept for it even while it is down.
 */
public final class EventConsumer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EventConsumer.class.getName());
  private static final long RECEIVE_TIMEOUT_MILLIS = 200;
  private static final long REOPEN_BACKOFF_MILLIS = 1_000;

  private final ConnectionFactory factory;
  private final ConsumerSource source;
  private final EventHandler handler;
  private final EventMessages messages;
  private final EventBusTopology topology;
  private final int maxBatch;
  private final Thread thread;
  private volatile boolean running = true;
  private int cautiousEventsLeft;
  private Connection connection;
  private Session session;
  private MessageConsumer consumer;
  private DeadLetters deadLetters;

  private EventConsumer(
      ConnectionFactory factory,
      ConsumerSource source,
      EventHandler handler,
      EventMessages messages,
      EventBusTopology topology,
      int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1");
    }
    this.factory = factory;
    this.source = source;
    this.handler = handler;
    this.messages = messages;
    this.topology = topology;
    this.maxBatch = maxBatch;
    this.thread = Thread.ofPlatform().name("event-consumer-" + name()).unstarted(this::run);
  }

  static EventConsumer start(
      ConnectionFactory factory,
      ConsumerSource source,
      EventHandler handler,
      EventMessages messages,
      EventBusTopology topology,
      int maxBatch) {
    EventConsumer consumer =
        new EventConsumer(factory, source, handler, messages, topology, maxBatch);
    try {
      consumer.open();
    } catch (JMSException e) {
      consumer.closeConnectionQuietly();
      throw new EventBusException("cannot start consumer " + consumer.name(), e);
    }
    consumer.thread.start();
    return consumer;
  }

  private void open() throws JMSException {
    connection = factory.createConnection();
    session = connection.createSession(Session.SESSION_TRANSACTED);
    EventDestination destination = source.destination();
    consumer =
        destination.kind() == EventDestination.Kind.QUEUE
            ? session.createConsumer(session.createQueue(destination.address()))
            : session.createSharedDurableConsumer(
                session.createTopic(destination.address()), source.subscriptionName());
    deadLetters = new DeadLetters(session, topology);
    connection.start();
  }

  private void run() {
    while (running) {
      try {
        consumeBatch();
      } catch (JMSException | RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "consumer " + name() + " lost its session; reopening", e);
          reopen();
        }
      }
    }
    closeConnectionQuietly();
  }

  private void consumeBatch() throws JMSException {
    int limit = cautiousEventsLeft > 0 ? 1 : maxBatch;
    int handled = 0;
    Message message = consumer.receive(RECEIVE_TIMEOUT_MILLIS);
    while (message != null) {
      if (!process(message)) {
        session.rollback();
        cautiousEventsLeft = maxBatch;
        return;
      }
      if (++handled >= limit) {
        break;
      }
      message = consumer.receiveNoWait();
    }
    if (handled > 0) {
      session.commit();
      cautiousEventsLeft = Math.max(0, cautiousEventsLeft - handled);
    }
  }

  /** Handles one message inside the open transaction; false means roll back. */
  private boolean process(Message message) throws JMSException {
    EventEnvelope event;
    try {
      event = messages.fromMessage(message);
    } catch (UnreadableEventException e) {
      return deadLetter(message, "unreadable message: " + e.getMessage());
    }
    try {
      handler.handle(event);
      return true;
    } catch (PoisonEventException e) {
      return deadLetter(message, "rejected by handler: " + e.getMessage());
    } catch (Exception e) {
      logRetry(event, message, e);
      return false;
    }
  }

  private boolean deadLetter(Message message, String reason) throws JMSException {
    LOG.log(Level.ERROR, "moving message " + message.getJMSMessageID() + " to DLQ: " + reason);
    // a kind we cannot copy is rolled back; the broker dead-letters it after its attempts
    return deadLetters.move(message, reason);
  }

  private void logRetry(EventEnvelope event, Message message, Exception cause) throws JMSException {
    LOG.log(
        Level.WARNING,
        "handler failed on event "
            + event.id()
            + " ("
            + event.type()
            + "), delivery "
            + message.getIntProperty("JMSXDeliveryCount")
            + " of "
            + topology.maxDeliveryAttempts()
            + "; rolling back for redelivery",
        cause);
  }

  private void reopen() {
    closeConnectionQuietly();
    while (running) {
      try {
        open();
        return;
      } catch (JMSException e) {
        closeConnectionQuietly();
        LOG.log(Level.WARNING, "consumer " + name() + " cannot reconnect yet: " + e.getMessage());
        pause();
      }
    }
  }

  private void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(REOPEN_BACKOFF_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private void closeConnectionQuietly() {
    if (connection != null) {
      try {
        connection.close();
      } catch (JMSException e) {
        LOG.log(Level.DEBUG, "closing consumer connection failed", e);
      }
    }
  }

  private String name() {
    String address = source.destination().address();
    return source.subscriptionName() == null ? address : address + "::" + source.subscriptionName();
  }

  /** Stops after the batch in hand; unacknowledged events stay on the broker. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

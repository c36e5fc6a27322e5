package id.nusatrade.messaging.jms;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.DuplicateEventException;
import id.nusatrade.messaging.EventBusException;
import id.nusatrade.messaging.EventDestination;
import id.nusatrade.messaging.EventRouting;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;

/**
 * Publishes events persistently on Artemis. Every call is one transaction: a batch is all or
 * nothing and costs one round trip to the broker's journal (about 25k events/s) where one blocking
 * send per event manages about 300/s, so producers with many events call {@link #publishBatch} or
 * go through {@link id.nusatrade.messaging.BatchingEventPublisher}. Calls are serialised: a JMS
 * session belongs to one thread at a time.
 */
public final class ArtemisEventPublisher implements EventPublisher, AutoCloseable {
  private final Connection connection;
  private final Session session;
  private final MessageProducer producer;
  private final EventRouting routing;
  private final EventMessages messages;
  private final Map<EventDestination, Destination> destinations = new HashMap<>();

  public ArtemisEventPublisher(
      ConnectionFactory factory, EventRouting routing, EventMessages messages) {
    this.routing = routing;
    this.messages = messages;
    try {
      connection = factory.createConnection();
      session = connection.createSession(Session.SESSION_TRANSACTED);
      producer = session.createProducer(null);
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
    } catch (JMSException e) {
      throw new EventBusException("cannot connect the event publisher", e);
    }
  }

  @Override
  public void publish(EventEnvelope event) {
    publishBatch(List.of(event));
  }

  @Override
  public synchronized void publishBatch(List<EventEnvelope> events) {
    if (events.isEmpty()) {
      return;
    }
    try {
      for (EventEnvelope event : events) {
        producer.send(destinationOf(event), messages.toMessage(session, event));
      }
      session.commit();
    } catch (JMSException e) {
      rollbackQuietly(e);
      String failed = "publishing " + events.size() + " event(s) failed";
      if (e.getCause() instanceof ActiveMQDuplicateIdException) {
        throw new DuplicateEventException(failed + ": an event id was already taken", e);
      }
      throw new EventBusException(failed, e);
    } catch (RuntimeException e) {
      // an unroutable type or a non-JSON payload: nothing of the batch may leave
      rollbackQuietly(e);
      throw e;
    }
  }

  private Destination destinationOf(EventEnvelope event) throws JMSException {
    EventDestination target = routing.destinationOf(event.type());
    Destination destination = destinations.get(target);
    if (destination == null) {
      destination =
          target.kind() == EventDestination.Kind.TOPIC
              ? session.createTopic(target.address())
              : session.createQueue(target.address());
      destinations.put(target, destination);
    }
    return destination;
  }

  private void rollbackQuietly(Exception cause) {
    try {
      session.rollback();
    } catch (JMSException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (JMSException e) {
      throw new EventBusException("closing the event publisher failed", e);
    }
  }
}

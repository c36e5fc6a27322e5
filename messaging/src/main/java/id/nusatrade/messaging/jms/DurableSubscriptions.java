package id.nusatrade.messaging.jms;

import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusException;
import jakarta.jms.ConnectionFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQQueueExistsException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Creates the queues of {@link DurableSubscription}s on a broker that does not have them, through
 * Artemis' core API: the queue under the subscription's name on its topic's address, multicast,
 * durable, exactly what a JMS shared durable subscription of a connection without client id
 * attaches to. A producer whose events must not be dropped before their consumer first subscribes
 * (the gateway's execution reports) calls it before publishing, so an external broker needs no
 * broker.xml entry. Existing queues are left alone (their messages and consumers untouched).
 */
public final class DurableSubscriptions {
  private DurableSubscriptions() {}

  /**
   * Ensures every subscription's queue exists on the broker behind {@code factory} (an Artemis
   * factory, such as {@link ArtemisConnections#factory}); returns the names it created.
   *
   * @throws EventBusException when the broker cannot be reached or refuses to create a queue (the
   *     user lacks the createDurableQueue permission)
   */
  public static List<String> ensure(
      ConnectionFactory factory, String user, String password, List<DurableSubscription> subs) {
    if (!(factory instanceof ActiveMQConnectionFactory artemis)) {
      throw new IllegalArgumentException(
          "durable subscriptions are created through Artemis' core API: not an Artemis factory");
    }
    List<String> created = new ArrayList<>();
    try (ClientSessionFactory sessions = artemis.getServerLocator().createSessionFactory();
        ClientSession session =
            sessions.createSession(user, password, false, true, true, false, 0)) {
      for (DurableSubscription sub : subs) {
        SimpleString queue = SimpleString.of(sub.queueName());
        if (session.queueQuery(queue).isExists()) {
          continue;
        }
        try {
          session.createQueue(
              QueueConfiguration.of(queue)
                  .setAddress(sub.topic().address())
                  .setRoutingType(RoutingType.MULTICAST)
                  .setDurable(true));
          created.add(sub.queueName());
        } catch (ActiveMQQueueExistsException createdMeanwhile) {
          // another producer or the consumer made it between the query and here
        }
      }
    } catch (ActiveMQException e) {
      throw new EventBusException("cannot create the durable subscriptions " + subs, e);
    } catch (Exception e) {
      throw new EventBusException("cannot reach the broker to create " + subs, e);
    }
    return created;
  }
}

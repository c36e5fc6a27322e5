package id.nusatrade.server.infrastructure.messaging;

import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.messaging.EventBusException;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.platform.config.PlatformSetting;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.Config;

/**
 * The server's way onto the bus. The publisher is one transacted session shared by the application
 * (calls are serialised); a producer that must not wait for others builds its own from {@link
 * #factory()}. If the broker is down the publisher's creation fails and the next call tries again.
 */
@ApplicationScoped
public class EventBusConnection {
  @Inject Config config;

  private ConnectionFactory factory;

  /** The platform's broker setting ({@code ARTEMIS_URL}, {@code ARTEMIS_USER}, ...). */
  public String setting(PlatformSetting setting) {
    return setting.from(name -> config.getOptionalValue(name, String.class).orElse(null));
  }

  /** Reconnecting factory (no connection is opened until someone connects). */
  public synchronized ConnectionFactory factory() {
    if (factory == null) {
      factory =
          ArtemisConnections.factory(
              setting(PlatformSetting.ARTEMIS_URL),
              setting(PlatformSetting.ARTEMIS_USER),
              setting(PlatformSetting.ARTEMIS_PASSWORD));
    }
    return factory;
  }

  public EventMessages messages() {
    return new EventMessages(new EventJsonCodec());
  }

  @Produces
  @ApplicationScoped
  EventPublisher eventPublisher() {
    return new ArtemisEventPublisher(factory(), EventRouting.defaults(), messages());
  }

  void closePublisher(@Disposes EventPublisher publisher) {
    if (publisher instanceof ArtemisEventPublisher artemis) {
      try {
        artemis.close();
      } catch (EventBusException e) {
        // shutting down: the broker may already be gone, and there is nothing left to flush
      }
    }
  }

  @PreDestroy
  synchronized void close() {
    if (factory instanceof ActiveMQConnectionFactory artemis) {
      artemis.close();
    }
    factory = null;
  }
}

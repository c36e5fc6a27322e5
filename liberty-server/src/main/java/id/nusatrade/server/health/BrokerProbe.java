package id.nusatrade.server.health;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Opens (and closes) one Jakarta Messaging connection to Artemis with the server's account. */
public final class BrokerProbe {
  private static final long TIMEOUT_MILLIS = 5_000;

  private final String url;
  private final String user;
  private final String password;

  public BrokerProbe(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public Probe probe() {
    Map<String, Object> data = Map.of("url", url);
    try (ActiveMQConnectionFactory factory = factory();
        Connection connection = factory.createConnection(user, password)) {
      return Probe.up(data);
    } catch (JMSException | RuntimeException e) {
      return Probe.down(data, Reasons.of(e));
    }
  }

  /** One attempt, bounded waits: a probe must not sit in the client's reconnect loop. */
  private ActiveMQConnectionFactory factory() {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
    factory.setInitialConnectAttempts(1);
    factory.setReconnectAttempts(0);
    factory.setCallTimeout(TIMEOUT_MILLIS);
    factory.setCallFailoverTimeout(TIMEOUT_MILLIS);
    return factory;
  }
}

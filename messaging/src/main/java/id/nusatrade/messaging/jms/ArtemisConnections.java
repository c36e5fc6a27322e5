package id.nusatrade.messaging.jms;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Builds the connection factory from ARTEMIS_URL, ARTEMIS_USER and ARTEMIS_PASSWORD. Clients
 * reconnect without limit after a broker restart; a transaction interrupted by the fail-over is
 * rolled back and reported, and publishing it again is safe (duplicate detection).
 */
public final class ArtemisConnections {
  private ArtemisConnections() {}

  public static ConnectionFactory factory(String url, String user, String password) {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
    factory.setReconnectAttempts(-1);
    factory.setRetryInterval(500);
    factory.setRetryIntervalMultiplier(2.0);
    factory.setMaxRetryInterval(10_000);
    return factory;
  }

  /** A factory for a broker the caller is about to stop: no reconnecting, fail at once. */
  public static ConnectionFactory withoutReconnect(String url, String user, String password) {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
    factory.setReconnectAttempts(0);
    return factory;
  }
}

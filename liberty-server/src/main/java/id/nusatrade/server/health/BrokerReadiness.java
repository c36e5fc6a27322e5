package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when a Jakarta Messaging connection to Artemis can be opened with the server's account. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {
  private static final long TIMEOUT_MILLIS = 2_000;

  @Inject
  @ConfigProperty(name = "ARTEMIS_URL", defaultValue = "tcp://127.0.0.1:61616")
  String url;

  @Inject
  @ConfigProperty(name = "ARTEMIS_USER", defaultValue = "nusatrade")
  String user;

  @Inject
  @ConfigProperty(name = "ARTEMIS_PASSWORD", defaultValue = "nusatrade")
  String password;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("broker").withData("url", url);
    try (ActiveMQConnectionFactory factory = factory();
        Connection connection = factory.createConnection(user, password)) {
      return response.up().build();
    } catch (JMSException | RuntimeException e) {
      return response.down().withData("reason", Reasons.of(e)).build();
    }
  }

  /** One attempt, short timeouts: a probe must not sit in the client's reconnect loop. */
  private ActiveMQConnectionFactory factory() {
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
    factory.setInitialConnectAttempts(1);
    factory.setReconnectAttempts(0);
    factory.setCallTimeout(TIMEOUT_MILLIS);
    factory.setCallFailoverTimeout(TIMEOUT_MILLIS);
    return factory;
  }
}

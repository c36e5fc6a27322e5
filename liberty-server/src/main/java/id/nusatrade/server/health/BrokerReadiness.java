package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when a Jakarta Messaging connection to Artemis can be opened ({@link BrokerProbe}). */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {
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
    return new BrokerProbe(url, user, password).probe().toResponse("broker");
  }
}

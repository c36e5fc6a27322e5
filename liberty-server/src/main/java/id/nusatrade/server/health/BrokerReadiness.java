package id.nusatrade.server.health;

import id.nusatrade.platform.config.PlatformSetting;
import id.nusatrade.server.infrastructure.messaging.EventBusConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when a Jakarta Messaging connection to Artemis can be opened ({@link BrokerProbe}). */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {
  @Inject EventBusConnection bus;

  @Override
  public HealthCheckResponse call() {
    return new BrokerProbe(
            bus.setting(PlatformSetting.ARTEMIS_URL),
            bus.setting(PlatformSetting.ARTEMIS_USER),
            bus.setting(PlatformSetting.ARTEMIS_PASSWORD))
        .probe()
        .toResponse("broker");
  }
}

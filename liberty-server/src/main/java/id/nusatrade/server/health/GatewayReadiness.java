package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The MT5 gateway and its tick store, from the gateway's status file ({@link GatewayStatusProbe}).
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {
  @Inject GatewayStatusSource status;
  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    return GatewayStatusProbe.judge(status.read(), clock.millis()).toResponse("gateway");
  }
}

package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The MT5 gateway and its tick store, from the gateway's status file ({@link GatewayStatusProbe}).
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {
  @Inject
  @ConfigProperty(name = "NUSATRADE_STATE_DIR", defaultValue = "")
  String stateDir;

  @Inject Clock clock;

  /** {@code <state dir>/gateway/status.properties}, where the launcher's gateway writes it. */
  Path statusFile() {
    return Path.of(stateDir.isBlank() ? ".nusatrade" : stateDir, "gateway", "status.properties");
  }

  @Override
  public HealthCheckResponse call() {
    return GatewayStatusProbe.judge(GatewayStatusProbe.read(statusFile()), clock.millis())
        .toResponse("gateway");
  }
}

package id.nusatrade.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the launcher's gateway writes its status: {@code <state dir>/gateway/status.properties}.
 */
@ApplicationScoped
public class GatewayStatusSource {
  @Inject
  @ConfigProperty(name = "NUSATRADE_STATE_DIR", defaultValue = "")
  String stateDir;

  Path file() {
    return Path.of(stateDir.isBlank() ? ".nusatrade" : stateDir, "gateway", "status.properties");
  }

  /** The current status, empty when no gateway has written one. */
  Optional<Properties> read() {
    return GatewayStatusProbe.read(file());
  }
}

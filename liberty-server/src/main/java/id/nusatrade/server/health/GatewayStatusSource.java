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
  // Optional: an empty default is "not set" to MicroProfile Config, which fails the injection
  @Inject
  @ConfigProperty(name = "NUSATRADE_STATE_DIR")
  Optional<String> stateDir;

  Path file() {
    return Path.of(stateDir.orElse(".nusatrade"), "gateway", "status.properties");
  }

  /** The current status, empty when no gateway has written one. */
  Optional<Properties> read() {
    return GatewayStatusProbe.read(file());
  }
}

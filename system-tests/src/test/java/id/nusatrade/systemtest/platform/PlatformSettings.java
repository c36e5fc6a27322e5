package id.nusatrade.systemtest.platform;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment a test platform runs with: every port a free one (named by the launcher's own
 * {@link Setting}s, so a new port setting is picked up here), state in {@code target/}.
 */
public record PlatformSettings(
    Path home, Path launcherJar, Path stateDir, Duration startupTimeout, Map<String, String> env) {

  public PlatformSettings {
    env = Map.copyOf(env);
  }

  /** From the failsafe system properties of this module's POM. */
  public static PlatformSettings fromSystemProperties() {
    Path home = Path.of(required("nusatrade.home")).toAbsolutePath().normalize();
    Path stateDir = Path.of(required("nusatrade.systest.state.dir")).toAbsolutePath().normalize();
    Duration timeout =
        Duration.ofSeconds(Long.parseLong(required("nusatrade.systest.startup.seconds")));
    LauncherConfig ports = LauncherConfig.defaults().withFreePorts();
    Map<String, String> env = new LinkedHashMap<>();
    for (Setting setting : Setting.values()) {
      if (setting.name().endsWith("_PORT")) {
        env.put(setting.envName(), ports.get(setting));
      }
    }
    env.put(Setting.HOME.envName(), home.toString());
    env.put(Setting.STATE_DIR.envName(), stateDir.toString());
    env.put(Setting.STARTUP_TIMEOUT.envName(), Long.toString(timeout.toSeconds()));
    Path jar = Path.of(required("nusatrade.systest.launcher.jar")).toAbsolutePath().normalize();
    return new PlatformSettings(home, jar, stateDir, timeout, env);
  }

  public int port(Setting setting) {
    return Integer.parseInt(env.get(setting.envName()));
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port(Setting.HTTP_PORT);
  }

  public String keycloakUrl() {
    return "http://127.0.0.1:" + port(Setting.KEYCLOAK_PORT);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set: run through ./mvnw verify");
    }
    return value;
  }
}

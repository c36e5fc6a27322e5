package id.nusatrade.launcher.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Immutable, typed view of the {@link Setting}s. Components take one of these, so a test builds its
 * own ({@code LauncherConfig.defaults().with(STATE_DIR, tmp).withFreePorts()}) while {@code
 * ./nusatrade run} builds it from flags, environment and {@code config.properties}.
 */
public final class LauncherConfig {
  private static final Setting[] PORTS = {
    Setting.HTTP_PORT,
    Setting.HTTPS_PORT,
    Setting.PG_PORT,
    Setting.ARTEMIS_PORT,
    Setting.ZEEBE_PORT,
    Setting.ZEEBE_COMMAND_PORT,
    Setting.ZEEBE_INTERNAL_PORT,
    Setting.ZEEBE_MONITORING_PORT,
    Setting.ZEEBE_REST_PORT,
    Setting.KEYCLOAK_PORT,
    Setting.GATEWAY_PORT,
    Setting.MIDTRANS_PORT,
    Setting.SMTP_PORT,
    Setting.IMAP_PORT,
    Setting.CLICKHOUSE_PORT,
    Setting.CLICKHOUSE_TCP_PORT
  };

  private final Map<Setting, String> values;

  private LauncherConfig(Map<Setting, String> values) {
    this.values = values;
  }

  /** Defaults only: the shared ports of CONVENTIONS.md, state in ./.nusatrade. */
  public static LauncherConfig defaults() {
    return new LauncherConfig(new EnumMap<>(Setting.class));
  }

  /** Flags win over the environment, which wins over {@code <state dir>/config.properties}. */
  public static LauncherConfig load(Map<Setting, String> flags, Map<String, String> env) {
    Map<Setting, String> merged = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      String value = flags.containsKey(s) ? flags.get(s) : env.get(s.envName());
      if (value != null && !value.isBlank()) {
        merged.put(s, value.trim());
      }
    }
    LauncherConfig partial = new LauncherConfig(merged);
    Properties file = readProperties(partial.stateDir().resolve("config.properties"));
    for (Setting s : Setting.values()) {
      String value = file.getProperty(s.envName());
      if (!merged.containsKey(s) && value != null && !value.isBlank()) {
        merged.put(s, value.trim());
      }
    }
    return new LauncherConfig(merged);
  }

  public LauncherConfig with(Setting setting, Object value) {
    Map<Setting, String> copy = new EnumMap<>(Setting.class);
    copy.putAll(values);
    copy.put(setting, String.valueOf(value));
    return new LauncherConfig(copy);
  }

  /** Every port replaced by a currently free one, for tests running beside a live platform. */
  public LauncherConfig withFreePorts() {
    LauncherConfig result = this;
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (Setting port : PORTS) {
      int free = freePort();
      while (!taken.add(free)) { // the OS may hand out a just-closed port again
        free = freePort();
      }
      result = result.with(port, String.valueOf(free));
    }
    return result;
  }

  public String get(Setting setting) {
    String value = values.get(setting);
    if (value == null && setting.isGenerated()) {
      return secrets().value(setting.envName());
    }
    return value == null ? setting.defaultValue() : value;
  }

  /** Whether the user chose this value (flag, environment, config file), not a default. */
  public boolean isSetByUser(Setting setting) {
    return values.containsKey(setting);
  }

  /** Passwords generated for this state folder. */
  public GeneratedSecrets secrets() {
    return new GeneratedSecrets(stateDir());
  }

  public Optional<String> optional(Setting setting) {
    return Optional.of(get(setting)).filter(v -> !v.isBlank());
  }

  public int port(Setting setting) {
    return Integer.parseInt(get(setting));
  }

  public Path home() {
    return Path.of(optional(Setting.HOME).orElse("")).toAbsolutePath().normalize();
  }

  public Path stateDir() {
    return optional(Setting.STATE_DIR)
        .map(p -> Path.of(p).toAbsolutePath().normalize())
        .orElseGet(() -> home().resolve(".nusatrade"));
  }

  public Path m2Repository() {
    return optional(Setting.M2_REPO)
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
  }

  public java.time.Duration startupTimeout() {
    return java.time.Duration.ofSeconds(Long.parseLong(get(Setting.STARTUP_TIMEOUT)));
  }

  static Properties readProperties(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return properties;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

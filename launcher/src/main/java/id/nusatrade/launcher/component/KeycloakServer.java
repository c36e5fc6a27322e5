package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode (H2 file database inside its unpacked folder under the state dir) with the
 * {@code nusatrade} realm imported on first start. Started with a fixed {@code --hostname} so the
 * token issuer does not depend on how a client reaches it.
 */
public final class KeycloakServer implements Component {
  public static final String REALM = "nusatrade";
  private static final String REALM_RESOURCE = "/keycloak/nusatrade-realm.json";

  private final LauncherConfig config;
  private volatile ChildProcess process;
  private String commandFragment;

  public KeycloakServer(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "keycloak";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.KEYCLOAK_EXTERNAL_URL).isPresent();
  }

  /** Base URL, e.g. {@code http://127.0.0.1:8180}. */
  public String baseUrl() {
    return config
        .optional(Setting.KEYCLOAK_EXTERNAL_URL)
        .map(u -> u.replaceAll("/+$", ""))
        .orElse("http://127.0.0.1:" + config.port(Setting.KEYCLOAK_PORT));
  }

  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  public String tokenEndpoint() {
    return issuer() + "/protocol/openid-connect/token";
  }

  @Override
  public void start() {
    if (isExternal() || process != null) {
      return;
    }
    Ports.requireFree(name(), config, Setting.KEYCLOAK_PORT);
    Path home = distribution().unpackInto(config.stateDir().resolve("keycloak"), name(), config);
    installRealm(home, config.port(Setting.HTTP_PORT));
    int port = config.port(Setting.KEYCLOAK_PORT);
    List<String> command =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            "--hostname=http://127.0.0.1:" + port,
            "--import-realm");
    process = ChildProcess.start(name(), command, environment(), home, logFile());
    commandFragment = home.toString();
    Progress.note(name(), "started pid " + process.pid() + ", log " + logFile());
    String probe = issuer() + "/.well-known/openid-configuration";
    Readiness.await(name(), config.startupTimeout(), () -> Http.status(probe) == 200, process);
  }

  @Override
  public void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(30));
      process = null;
    }
  }

  @Override
  public boolean isRunning() {
    ChildProcess running = process;
    return running == null || running.isAlive();
  }

  @Override
  public String exitDescription() {
    ChildProcess running = process;
    return running == null ? "stopped" : "pid " + running.pid() + " " + running.exitDescription();
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "OIDC_ISSUER", issuer(),
        "OIDC_JWKS_URL", issuer() + "/protocol/openid-connect/certs",
        "OIDC_WEB_CLIENT_ID", config.get(Setting.OIDC_WEB_CLIENT_ID),
        "OIDC_WEB_CLIENT_SECRET", config.get(Setting.OIDC_WEB_CLIENT_SECRET),
        // onboarding creates trader accounts through the admin API (realm service account)
        "NUSATRADE_KEYCLOAK_URL", baseUrl(),
        "NUSATRADE_LOGIN_URL", "http://127.0.0.1:" + config.port(Setting.HTTP_PORT) + "/");
  }

  @Override
  public String describe() {
    return "issuer " + issuer() + adminLogin();
  }

  /**
   * The console login as the summary prints it: the demo password is printed (it is published
   * anyway), a password the user chose never is, it only names where it came from.
   */
  String adminLogin() {
    if (isExternal()) {
      return "";
    }
    if (config.isSetByUser(Setting.KEYCLOAK_ADMIN_PASSWORD)) {
      return " (console /admin: admin / the password in "
          + Setting.KEYCLOAK_ADMIN_PASSWORD.envName()
          + ")";
    }
    return " (console /admin: admin / " + adminPassword() + ")";
  }

  @Override
  public List<RecordedProcess> processes() {
    return process == null
        ? List.of()
        : List.of(new RecordedProcess(name(), process.pid(), commandFragment));
  }

  public Path logFile() {
    return config.stateDir().resolve("logs/keycloak.log");
  }

  private Map<String, String> environment() {
    return Map.of(
        "JAVA_HOME",
        System.getProperty("java.home"),
        "KC_BOOTSTRAP_ADMIN_USERNAME",
        "admin",
        "KC_BOOTSTRAP_ADMIN_PASSWORD",
        adminPassword(),
        // inside a container Keycloak takes 70% of RAM as heap: pin its bare-metal default
        "JAVA_OPTS_KC_HEAP",
        "-Xms64m -Xmx512m");
  }

  private String adminPassword() {
    return config.get(Setting.KEYCLOAK_ADMIN_PASSWORD);
  }

  /**
   * The realm file goes where {@code --import-realm} looks; an existing realm is kept as is. The
   * file allows the web client's redirects to the default Liberty port 9080: a run on another port
   * gets that port instead, or the browser login would be refused ("Invalid redirect uri").
   */
  private static void installRealm(Path home, int httpPort) {
    try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
      String text = new String(realm.readAllBytes(), StandardCharsets.UTF_8);
      Path target = home.resolve("data/import/nusatrade-realm.json");
      Files.createDirectories(target.getParent());
      Files.writeString(target, withWebPort(text, httpPort));
    } catch (IOException e) {
      throw new StartupException("keycloak: cannot install the realm file", e);
    }
  }

  static String withWebPort(String realmJson, int httpPort) {
    return realmJson
        .replace("//127.0.0.1:9080", "//127.0.0.1:" + httpPort)
        .replace("//localhost:9080", "//localhost:" + httpPort);
  }

  private static Distribution distribution() {
    return new Distribution(
        "org.keycloak",
        "keycloak-quarkus-dist",
        Distribution.pinnedVersion("keycloak.dist.version"),
        "zip");
  }
}

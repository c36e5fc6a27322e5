package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Open Liberty server the liberty-server module builds ({@code server run nusatrade}), given
 * every back-end address through the environment variables its server.xml reads. Ready when
 * MicroProfile Health answers 200.
 */
public final class LibertyServer implements Component {
  public static final String SERVER_NAME = "nusatrade";

  private final LauncherConfig config;
  private final List<Component> backends;
  private volatile ChildProcess process;
  private String commandFragment;

  public LibertyServer(LauncherConfig config, List<Component> backends) {
    this.config = config;
    this.backends = List.copyOf(backends);
  }

  @Override
  public String name() {
    return "liberty";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.LIBERTY_EXTERNAL_URL).isPresent();
  }

  public String baseUrl() {
    return config
        .optional(Setting.LIBERTY_EXTERNAL_URL)
        .map(u -> u.replaceAll("/+$", ""))
        .orElse("http://127.0.0.1:" + config.port(Setting.HTTP_PORT));
  }

  public String healthUrl() {
    return baseUrl() + "/health";
  }

  public Path wlpHome() {
    return config
        .optional(Setting.LIBERTY_HOME)
        .map(Path::of)
        .orElseGet(() -> config.home().resolve("liberty-server/target/liberty/wlp"));
  }

  /** True when the liberty-server module has been packaged (its plugin created the server). */
  public boolean isBuilt() {
    return Files.isDirectory(wlpHome().resolve("usr/servers").resolve(SERVER_NAME));
  }

  @Override
  public void start() {
    if (isExternal() || process != null) {
      return;
    }
    if (!isBuilt()) {
      throw new StartupException(
          "liberty: no server at "
              + wlpHome().resolve("usr/servers/" + SERVER_NAME)
              + "; build it with ./mvnw -B -DskipTests package");
    }
    Ports.requireFree(name(), config, Setting.HTTP_PORT, Setting.HTTPS_PORT);
    commandFragment = wlpHome().toAbsolutePath().toString();
    Path log = config.stateDir().resolve("logs/liberty-console.log");
    List<String> command = List.of(wlpHome().resolve("bin/server").toString(), "run", SERVER_NAME);
    process = ChildProcess.start(name(), command, environment(), wlpHome(), log);
    Progress.note(name(), "started pid " + process.pid() + ", logs " + outputDir());
    Readiness.await(
        name(), config.startupTimeout(), () -> Http.status(healthUrl()) == 200, process);
  }

  @Override
  public void stop() {
    ChildProcess running = process;
    if (running != null) {
      running.stop(Duration.ofSeconds(60));
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
    return Map.of();
  }

  @Override
  public String describe() {
    return baseUrl()
        + "/  (UI), "
        + baseUrl()
        + "/api/v1, "
        + healthUrl()
        + ", "
        + baseUrl()
        + "/openapi/ui";
  }

  @Override
  public List<RecordedProcess> processes() {
    ChildProcess running = process;
    return running == null
        ? List.of()
        : List.of(new RecordedProcess(name(), running.pid(), commandFragment));
  }

  /** Liberty writes messages.log and FFDC here instead of inside the build output. */
  public Path outputDir() {
    return config.stateDir().resolve("liberty");
  }

  Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    for (Component backend : backends) {
      env.putAll(backend.libertyEnv());
    }
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("WLP_OUTPUT_DIR", outputDir().toString());
    for (Setting s :
        List.of(Setting.HTTP_PORT, Setting.HTTPS_PORT, Setting.GATEWAY_PORT, Setting.DEMO_DATA)) {
      env.put(s.envName(), config.get(s));
    }
    env.put(Setting.STATE_DIR.envName(), config.stateDir().toString());
    // where Liberty sends the browser back after the Keycloak login (vaadin-ui.xml)
    env.put("NUSATRADE_WEB_BASE_URL", baseUrl());
    return env;
  }
}

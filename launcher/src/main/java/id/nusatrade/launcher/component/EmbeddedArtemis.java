package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.util.Map;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * ActiveMQ Artemis inside the launcher's JVM: persistent journal under the state dir, one CORE
 * acceptor on 127.0.0.1, a single user, and dead-letter/expiry handling for every address.
 */
public final class EmbeddedArtemis implements Component {
  static {
    // Artemis audits through the "org.apache.activemq.audit" loggers whenever they are at INFO:
    // it floods the log and costs a third of the throughput (docs/stack.md)
    if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.activemq.audit") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.activemq.audit", "off");
    }
  }

  private final LauncherConfig config;
  private volatile EmbeddedActiveMQ server;

  public EmbeddedArtemis(LauncherConfig config) {
    this.config = config;
  }

  @Override
  public String name() {
    return "artemis";
  }

  @Override
  public boolean isExternal() {
    return config.optional(Setting.ARTEMIS_EXTERNAL_URL).isPresent();
  }

  public String url() {
    return config
        .optional(Setting.ARTEMIS_EXTERNAL_URL)
        .orElse("tcp://127.0.0.1:" + config.port(Setting.ARTEMIS_PORT));
  }

  @Override
  public void start() {
    if (isExternal() || server != null) {
      return;
    }
    Ports.requireFree(name(), config, Setting.ARTEMIS_PORT);
    EmbeddedActiveMQ embedded = new EmbeddedActiveMQ();
    try {
      Configuration configuration = new ArtemisConfiguration(config).build();
      embedded.setConfiguration(configuration);
      embedded.setSecurityManager(ArtemisConfiguration.securityManager(config));
      embedded.start();
    } catch (Exception e) {
      throw new StartupException("artemis: " + e.getMessage(), e);
    }
    server = embedded;
  }

  @Override
  public void stop() {
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        Progress.note(name(), "stop failed: " + e.getMessage());
      }
      server = null;
    }
  }

  /** The broker stops itself on a critical journal I/O error; the supervisor then restarts it. */
  @Override
  public boolean isRunning() {
    EmbeddedActiveMQ running = server;
    return running == null || running.getActiveMQServer().isStarted();
  }

  @Override
  public String exitDescription() {
    return "the embedded broker stopped (see the launcher's output for its last error)";
  }

  @Override
  public Map<String, String> libertyEnv() {
    return Map.of(
        "ARTEMIS_URL", url(),
        "ARTEMIS_USER", config.get(Setting.ARTEMIS_USER),
        "ARTEMIS_PASSWORD", config.get(Setting.ARTEMIS_PASSWORD));
  }

  @Override
  public String describe() {
    return url() + "  (user " + config.get(Setting.ARTEMIS_USER) + ")";
  }
}

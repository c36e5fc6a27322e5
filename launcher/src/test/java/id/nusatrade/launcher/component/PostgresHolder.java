package id.nusatrade.launcher.component;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs {@link EmbeddedPostgres} in a separate JVM so a test can kill that JVM the way a user's kill
 * -9 would, leaving the detached postmaster behind.
 */
public final class PostgresHolder {
  private PostgresHolder() {}

  public static void main(String[] args) throws InterruptedException {
    LauncherConfig config =
        LauncherConfig.load(Map.of(Setting.STATE_DIR, args[0], Setting.PG_PORT, args[1]), Map.of());
    new EmbeddedPostgres(config).start();
    System.out.println("ready");
    Thread.currentThread().join(); // until killed
  }

  static Process spawn(LauncherConfig config) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                PostgresHolder.class.getName(),
                config.stateDir().toString(),
                config.get(Setting.PG_PORT)))
        .redirectErrorStream(true)
        .redirectOutput(config.stateDir().resolve("holder.log").toFile())
        .start();
  }

  /** Waits until the holder's postmaster answers and returns its PID. */
  static long awaitPostmaster(Process holder, LauncherConfig config) {
    Path data = new EmbeddedPostgres(config).dataDirectory();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline) && holder.isAlive()) {
      var pid = LeftoverPostmaster.pid(data);
      if (pid.isPresent() && ProcessTrees.isAlive(pid.get()) && answers(config)) {
        return pid.get();
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll, deadline above
    }
    throw new AssertionError("holder postmaster did not come up; see " + config.stateDir());
  }

  private static boolean answers(LauncherConfig config) {
    try (var c =
        new EmbeddedPostgres(config)
            .connect("nusatrade_app", config.get(Setting.DB_APP_PASSWORD))) {
      return c.isValid(1);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }
}

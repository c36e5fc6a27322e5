package id.nusatrade.launcher.component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Polls a readiness probe until it answers, the process dies, or the deadline passes. */
public final class Readiness {
  private static final long POLL_MILLIS = 250;
  private static final long REPORT_EVERY_SECONDS = 5;

  private Readiness() {}

  /**
   * @param process the child whose death ends the wait early, or null for in-process servers
   */
  public static void await(
      String component, Duration timeout, BooleanSupplier probe, ChildProcess process) {
    long start = System.nanoTime();
    long lastReport = 0;
    while (!probe.getAsBoolean()) {
      long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      if (process != null && !process.isAlive()) {
        throw new StartupException(
            component
                + " "
                + process.exitDescription()
                + " before it was ready; see "
                + process.log());
      }
      if (elapsed >= timeout.toSeconds()) {
        String where = process == null ? "" : "; see " + process.log();
        throw new StartupException(component + " not ready after " + elapsed + " s" + where);
      }
      if (elapsed - lastReport >= REPORT_EVERY_SECONDS) {
        lastReport = elapsed;
        Progress.note(component, "waiting for readiness, " + elapsed + " s");
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("interrupted while waiting for readiness", e);
    }
  }
}

package id.nusatrade.launcher.run;

import id.nusatrade.launcher.config.LauncherConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./nusatrade stop}: SIGTERM to the supervisor (its shutdown hook stops the children in
 * order), then whatever it recorded and left behind is stopped by PID.
 */
public final class StopCommand {
  /** Liberty 60 s + Keycloak 30 s + Zeebe 30 s + PostgreSQL, with margin. */
  private static final Duration SUPERVISOR_GRACE = Duration.ofSeconds(180);

  private final LauncherConfig config;
  private final PrintStream out;
  private final PrintStream err;

  public StopCommand(LauncherConfig config, PrintStream out, PrintStream err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  public int run() {
    RunPidFile pidFile = new RunPidFile(config.stateDir().resolve("run.pid"));
    Optional<RunRecord> recorded = pidFile.read();
    if (recorded.isEmpty()) {
      out.println("Nusatrade is not running.");
      return 0;
    }
    RunRecord r = recorded.get();
    if (PreviousRun.supervisorAlive(r)) {
      out.println("Stopping Nusatrade (supervisor pid " + r.supervisorPid() + ")...");
      stopSupervisor(r.supervisorPid());
    } else {
      out.println("The supervisor (pid " + r.supervisorPid() + ") is gone; cleaning up.");
    }
    new PreviousRun(pidFile).cleanUp(r, err);
    out.println("Stopped.");
    return 0;
  }

  private void stopSupervisor(long pid) {
    ProcessHandle.of(pid)
        .ifPresent(
            h -> {
              h.destroy();
              try {
                h.onExit().get(SUPERVISOR_GRACE.toSeconds(), TimeUnit.SECONDS);
              } catch (TimeoutException e) {
                err.println(
                    "nusatrade: supervisor did not stop in "
                        + SUPERVISOR_GRACE.toSeconds()
                        + " s; killing it");
                h.destroyForcibly();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (java.util.concurrent.ExecutionException e) {
                err.println("nusatrade: " + e.getMessage());
              }
            });
  }
}

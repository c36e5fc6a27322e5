package id.nusatrade.systemtest.platform;

import id.nusatrade.launcher.component.ProcessTrees;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.run.RunRecord;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stops the platform as {@code ./nusatrade stop} does: SIGTERM to the supervisor, whose shutdown
 * hook stops its children in reverse order. Then checks that the supervisor, every process recorded
 * in {@code run.pid} and every descendant seen before the stop are gone; any survivor (only those,
 * by PID) is killed and reported as a failure.
 */
final class PlatformStop {
  /** The launcher allows Liberty 60 s, Keycloak 30 s, Zeebe 30 s and PostgreSQL, in sequence. */
  private static final Duration GRACE = Duration.ofSeconds(240);

  private final Process supervisor;

  /** Handles, not bare PIDs: a handle knows its start time, so a reused PID is not ours. */
  private final Map<ProcessHandle, String> ours = new LinkedHashMap<>();

  private final PrintStream console;

  PlatformStop(Process supervisor, Optional<RunRecord> record, PrintStream console) {
    this.supervisor = supervisor;
    this.console = console;
    ours.put(supervisor.toHandle(), "launcher");
    for (RecordedProcess p : record.map(RunRecord::processes).orElse(List.of())) {
      ProcessHandle.of(p.pid()).ifPresent(h -> ours.put(h, p.name()));
      Memory.descendants(p.pid()).forEach(h -> ours.putIfAbsent(h, p.name() + " child"));
    }
    Memory.descendants(supervisor.pid()).forEach(h -> ours.putIfAbsent(h, "child"));
  }

  void stopAndVerify() {
    long t0 = System.nanoTime();
    boolean exited = stopOnly();
    List<String> survivors = killSurvivors();
    console.printf(
        "[system-test] platform stopped in %s (supervisor exit %s)%n",
        Deadline.seconds(System.nanoTime() - t0),
        exited ? Integer.toString(supervisor.exitValue()) : "forced");
    if (!exited || !survivors.isEmpty()) {
      throw new AssertionError(
          "the platform did not stop cleanly: supervisor "
              + (exited ? "exited" : "had to be killed")
              + ", left running: "
              + survivors);
    }
  }

  /** SIGTERM and wait; true if the supervisor exited by itself within the grace period. */
  boolean stopOnly() {
    console.println("[system-test] stopping the platform: SIGTERM to pid " + supervisor.pid());
    supervisor.destroy();
    boolean exited = exited(supervisor, GRACE);
    if (!exited) {
      supervisor.destroyForcibly();
    }
    return exited;
  }

  private static boolean exited(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private List<String> killSurvivors() {
    List<String> survivors = new ArrayList<>();
    ours.forEach(
        (handle, name) -> {
          // a moment for children that got their signal together with the supervisor's exit
          if (!Deadline.await(
              Duration.ofSeconds(10), Duration.ofDays(1), () -> gone(handle), s -> {})) {
            survivors.add(name + " (pid " + handle.pid() + ")");
            handle.destroyForcibly();
          }
        });
    return survivors;
  }

  /** Exited, or a zombie nobody reaped yet (orphans go to an init that may reap late). */
  private static boolean gone(ProcessHandle handle) {
    return !handle.isAlive() || !ProcessTrees.isAlive(handle.pid());
  }
}

package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.ProcessTrees;
import id.nusatrade.launcher.component.RecordedProcess;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Classifies the run recorded in {@code run.pid}: none, still alive, or killed with children
 * possibly left behind. A PID counts as ours only while its command line still matches what was
 * recorded, because the operating system reuses PIDs.
 */
public final class PreviousRun {
  private final RunPidFile pidFile;

  public PreviousRun(RunPidFile pidFile) {
    this.pidFile = pidFile;
  }

  /** The recorded run if its supervisor is still alive. */
  public Optional<RunRecord> alive() {
    return pidFile.read().filter(PreviousRun::supervisorAlive);
  }

  /** The recorded run if its supervisor is gone (killed, crashed, machine rebooted). */
  public Optional<RunRecord> dead() {
    return pidFile.read().filter(r -> !supervisorAlive(r));
  }

  public static boolean supervisorAlive(RunRecord r) {
    return matches(r.supervisorPid(), r.supervisorMatch());
  }

  public static boolean matches(long pid, String fragment) {
    return ProcessTrees.isAlive(pid) && ProcessTrees.commandLine(pid).orElse("").contains(fragment);
  }

  /** Stops every recorded child still ours (last started first), reports it, removes the file. */
  public void cleanUp(RunRecord record, PrintStream err) {
    for (RecordedProcess p : record.processes().reversed()) {
      if (ProcessTrees.stopIfMatches(p.pid(), p.commandFragment(), Duration.ofSeconds(30))) {
        err.println("nusatrade: stopped leftover " + p.name() + " (pid " + p.pid() + ")");
      } else if (ProcessTrees.isAlive(p.pid())) {
        err.println(
            "nusatrade: pid "
                + p.pid()
                + " (was "
                + p.name()
                + ") now runs something else: left alone");
      }
    }
    pidFile.delete();
  }
}

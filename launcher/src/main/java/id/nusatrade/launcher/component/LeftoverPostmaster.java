package id.nusatrade.launcher.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A killed launcher leaves its postmaster running (pg_ctl detaches it). Before starting we read
 * {@code postmaster.pid}; if that PID is alive and is a postgres for this very data directory, it
 * gets a fast shutdown (SIGINT) by PID, forced after a grace period.
 */
final class LeftoverPostmaster {
  private LeftoverPostmaster() {}

  static Optional<Long> pid(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static void stopIfRunning(Path dataDirectory) {
    Optional<Long> pid = pid(dataDirectory).filter(ProcessTrees::isAlive);
    if (pid.isEmpty() || !isOurPostgres(pid.get(), dataDirectory)) {
      return;
    }
    Progress.note("postgres", "stopping leftover postmaster pid " + pid.get() + " of a killed run");
    fastShutdown(pid.get());
    ProcessHandle handle = ProcessHandle.of(pid.get()).orElse(null);
    if (handle != null && !ProcessTrees.awaitExit(handle, Duration.ofSeconds(30))) {
      handle.destroyForcibly();
      ProcessTrees.awaitExit(handle, Duration.ofSeconds(10));
    }
  }

  private static boolean isOurPostgres(long pid, Path dataDirectory) {
    String commandLine = ProcessTrees.commandLine(pid).orElse("");
    return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
  }

  /** SIGINT is PostgreSQL's "fast" shutdown; the JDK can only send TERM (a "smart" one) or KILL. */
  private static void fastShutdown(long pid) {
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package id.nusatrade.launcher.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops processes by PID only, never by name: polite signal first, forced after a grace period,
 * then the same for any descendants (start scripts fork the real JVM).
 */
public final class ProcessTrees {
  private static final Duration POLL = Duration.ofMillis(100);

  private ProcessTrees() {}

  /** Stops the process and its descendants; returns once all are gone or were forced. */
  public static void stop(ProcessHandle root, Duration grace) {
    List<ProcessHandle> descendants = root.descendants().toList();
    terminate(root, grace);
    for (ProcessHandle child : descendants) {
      terminate(child, Duration.ofSeconds(5));
    }
  }

  /** Stops {@code pid} only if it is alive and its command line still contains the fragment. */
  public static boolean stopIfMatches(long pid, String commandFragment, Duration grace) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(h -> isAlive(h.pid()));
    if (handle.isEmpty() || !commandLine(pid).orElse("").contains(commandFragment)) {
      return false;
    }
    stop(handle.get(), grace);
    return true;
  }

  /**
   * Alive and not a zombie: orphans (a detached postmaster) are re-parented to an init that may
   * reap them late, and the JDK reports a zombie as alive.
   */
  public static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !isZombie(pid);
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return false; // no /proc (macOS) or already gone
    }
  }

  /** The full command line; /proc is read directly because the JDK may truncate it. */
  public static Optional<String> commandLine(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return Optional.of(Files.readString(proc).replace('\0', ' ').trim());
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
  }

  private static void terminate(ProcessHandle handle, Duration grace) {
    if (!isAlive(handle.pid())) {
      return;
    }
    handle.destroy();
    if (!awaitExit(handle, grace)) {
      handle.destroyForcibly();
      awaitExit(handle, Duration.ofSeconds(10));
    }
  }

  /** Polls (a non-child's exit cannot be waited for) until gone or the timeout passes. */
  static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isAlive(handle.pid())) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
    return true;
  }
}

package id.nusatrade.launcher.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops processes by PID only, never by name: polite signal first, forced after a grace period,
 * then the same for any descendants (start scripts fork the real JVM).
 */
public final class ProcessTrees {
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
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (handle.isEmpty() || !commandLine(pid).orElse("").contains(commandFragment)) {
      return false;
    }
    stop(handle.get(), grace);
    return true;
  }

  public static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
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
    if (!handle.isAlive()) {
      return;
    }
    handle.destroy();
    if (!awaitExit(handle, grace)) {
      handle.destroyForcibly();
      awaitExit(handle, Duration.ofSeconds(10));
    }
  }

  static boolean awaitExit(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !handle.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    }
  }
}

package id.nusatrade.systemtest.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory from /proc (Linux): of one process, or of a process and its descendants. */
final class Memory {
  private Memory() {}

  /** kB, 0 if the process is gone or there is no /proc. */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /**
   * The process and all its descendants (start scripts fork the JVM; the postmaster forks its
   * backends). Shared pages count once per process, so this overstates a little.
   */
  static long treeRssKb(long pid) {
    return rssKb(pid)
        + ProcessHandle.of(pid).stream()
            .flatMap(ProcessHandle::descendants)
            .mapToLong(h -> rssKb(h.pid()))
            .sum();
  }

  static String mb(long kb) {
    return (kb / 1024) + " MB";
  }

  static Stream<ProcessHandle> descendants(long pid) {
    return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants);
  }
}

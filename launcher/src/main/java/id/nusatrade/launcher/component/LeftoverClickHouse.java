package id.nusatrade.launcher.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A launcher killed while its clickhouse-server was starting (before the run record named it)
 * leaves the server running on our data. ClickHouse writes {@code PID: n} into {@code
 * <data>/status}; if that PID is alive and runs with this folder's config file, it is stopped by
 * PID before a new server starts.
 */
final class LeftoverClickHouse {
  private LeftoverClickHouse() {}

  static Optional<Long> pid(Path home) {
    Path status = home.resolve("data/status");
    try {
      if (!Files.isRegularFile(status)) {
        return Optional.empty();
      }
      return Files.readAllLines(status).stream()
          .filter(line -> line.startsWith("PID:"))
          .map(line -> Long.parseLong(line.substring(4).trim()))
          .findFirst();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static void stopIfRunning(Path home) {
    String config = home.resolve("config.xml").toString();
    pid(home)
        .filter(pid -> ProcessTrees.stopIfMatches(pid, config, Duration.ofSeconds(30)))
        .ifPresent(pid -> Progress.note("clickhouse", "stopped leftover server pid " + pid));
  }
}

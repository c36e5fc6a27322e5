package id.nusatrade.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Replaces (or appends) the "Gateway ingest" section of docs/performance.md. */
final class PerformanceReport {
  static final String HEADING = "## Gateway ingest";

  private PerformanceReport() {}

  static void write(Path file, String body) throws IOException {
    String doc = Files.exists(file) ? Files.readString(file) : "# Performance\n";
    String section = HEADING + "\n\n" + body.strip() + "\n";
    int start = doc.indexOf(HEADING);
    if (start < 0) {
      doc = doc.stripTrailing() + "\n\n" + section;
    } else {
      int next = doc.indexOf("\n## ", start + HEADING.length());
      doc = doc.substring(0, start) + section + (next < 0 ? "" : doc.substring(next));
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, doc);
  }

  /** The 1, 5 and 15 minute load averages, e.g. "3.10 / 2.95 / 2.80", or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .findFirst()
              .map(l -> l.substring(l.indexOf(':') + 1).strip())
              .orElse(cpu);
    } catch (IOException e) {
      // not Linux: keep "unknown CPU"
    }
    return String.format(
        "%s, %d cores (nproc), %s %s, %s",
        LocalDate.now(ZoneOffset.UTC),
        Runtime.getRuntime().availableProcessors(),
        cpu,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
  }
}

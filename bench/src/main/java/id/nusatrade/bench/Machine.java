package id.nusatrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on: processors, CPU model, JDK and load when the run ended. */
record Machine(int processors, String cpu, String jdk, String load) {
  static Machine describe() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.vendor") + " " + Runtime.version(),
        loadAverage());
  }

  /** 1/5/15-minute load averages: other work on a shared machine skews the figures. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }
}

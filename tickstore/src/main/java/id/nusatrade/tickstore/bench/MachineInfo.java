package id.nusatrade.tickstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a figure was measured on: cores, CPU model, JDK, OS and how busy the machine was. */
record MachineInfo(int cores, String cpu, String jdk, String os, String loadAverage) {
  static MachineInfo current() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.vendor") + " " + Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        currentLoadAverage());
  }

  /** 1/5/15-minute load: other builds share these cores, and a figure without it misleads. */
  private static String currentLoadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}

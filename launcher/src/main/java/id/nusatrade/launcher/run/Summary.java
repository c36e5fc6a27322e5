package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.config.LauncherConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/** The start-up report on stdout: timings, PIDs, addresses, demo logins. */
final class Summary {
  static final String DEMO_LOGINS =
      """
      Demo logins (password for all: nusatrade-demo):
        trader-a   trader               tenant A  PT Demo Nusantara (Pro, WIB)
        trader-b   trader               tenant B  CV Contoh Borneo (Free, WITA)
        officer-a  compliance-officer   tenant A
        staff-a    business-staff       tenant A
        staff-a2   business-staff       tenant A  (approves staff-a's rule publishes)
        admin      admin                tenant A
      """;

  private final LauncherConfig config;
  private final Platform platform;
  private final Map<String, Duration> startTimes;
  private final Duration total;

  Summary(LauncherConfig config, Platform platform, Map<String, Duration> times, Duration total) {
    this.config = config;
    this.platform = platform;
    this.startTimes = times;
    this.total = total;
  }

  void print(PrintStream out, RunRecord record) {
    out.println();
    out.println(
        "Nusatrade is running (supervisor pid "
            + record.supervisorPid()
            + "). Stop it with Ctrl-C or ./nusatrade stop.");
    out.println();
    out.printf("  %-9s %9s  %-9s %s%n", "component", "start-up", "pid", "address");
    for (Component c : platform.all()) {
      out.printf("  %-9s %9s  %-9s %s%n", c.name(), time(c), pid(c, record), c.describe());
    }
    out.printf("  %-9s %9s%n", "total", seconds(total));
    out.println();
    if (startTimes.containsKey(platform.liberty().name()) || platform.liberty().isExternal()) {
      out.println("Open " + platform.liberty().baseUrl() + "/ and sign in.");
    }
    out.print(DEMO_LOGINS);
    out.println("State and logs: " + config.stateDir() + " (logs/, liberty/nusatrade/logs/)");
  }

  private String time(Component c) {
    if (c.isExternal()) {
      return "external";
    }
    Duration d = startTimes.get(c.name());
    return d == null ? "-" : seconds(d);
  }

  private static String pid(Component c, RunRecord record) {
    if (c.isExternal()) {
      return "";
    }
    return record.processes().stream()
        .filter(p -> p.name().equals(c.name()))
        .map(RecordedProcess::pid)
        .map(String::valueOf)
        .findFirst()
        .orElse(c.name().equals("artemis") || c.name().equals("gateway") ? "(in JVM)" : "-");
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}

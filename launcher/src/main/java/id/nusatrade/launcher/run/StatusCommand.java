package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.Http;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.config.LauncherConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./nusatrade status}: the processes in {@code run.pid}, their memory, and /health. */
public final class StatusCommand {
  private static final Pattern NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern STATE = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

  private final LauncherConfig config;
  private final PrintStream out;

  public StatusCommand(LauncherConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  /** 0 running and healthy, 1 running but unhealthy or partly dead, 3 not running (LSB). */
  public int run() {
    RunPidFile pidFile = new RunPidFile(config.stateDir().resolve("run.pid"));
    Optional<RunRecord> recorded = pidFile.read();
    if (recorded.isEmpty()) {
      out.println("Nusatrade is not running (no " + pidFile.path() + ").");
      return 3;
    }
    RunRecord r = recorded.get();
    boolean supervisor = PreviousRun.supervisorAlive(r);
    out.println(
        supervisor
            ? "Nusatrade is running since " + r.started() + " (state " + config.stateDir() + ")"
            : "Nusatrade was killed: its supervisor is gone; ./nusatrade stop cleans up leftovers");
    line("launcher", r.supervisorPid(), supervisor, false, "");
    boolean allAlive = supervisor;
    for (RecordedProcess p : r.processes()) {
      boolean alive = PreviousRun.matches(p.pid(), p.commandFragment());
      allAlive &= alive;
      line(p.name(), p.pid(), alive, true, restarts(r, p.name()));
    }
    printInJvm(r);
    boolean healthy = printHealth(r.healthUrl());
    return !supervisor ? 3 : allAlive && healthy && r.gaveUp().isEmpty() ? 0 : 1;
  }

  private void line(
      String name, long pid, boolean alive, boolean withDescendants, String restarts) {
    String rss =
        alive
            ? (withDescendants ? rss(pid) : rssOf(pid))
                .map(kb -> "RSS " + kb / 1024 + " MB")
                .orElse("")
            : "";
    out.printf("  %-9s pid %-8d %-5s %-13s%s%n", name, pid, alive ? "up" : "DEAD", rss, restarts);
  }

  /** Supervised components without a process of their own (Artemis, the MT5 gateway). */
  private void printInJvm(RunRecord r) {
    for (String name : r.restarts().keySet()) {
      if (r.processes().stream().noneMatch(p -> p.name().equals(name))) {
        out.printf("  %-9s %-27s%s%n", name, "in the launcher's JVM", restarts(r, name));
      }
    }
  }

  /** "restarts 2", "GAVE UP after 1 restart", or "" for what the supervisor does not watch. */
  private static String restarts(RunRecord r, String name) {
    if (r.gaveUp().contains(name)) {
      return "GAVE UP after " + r.restartsOf(name) + " restarts";
    }
    return r.restarts().containsKey(name) ? "restarts " + r.restartsOf(name) : "";
  }

  private boolean printHealth(String url) {
    if (url == null || url.isBlank()) {
      return true;
    }
    Http.Response health = Http.get(url);
    if (health.statusCode() < 0) {
      out.println("Health " + url + ": not answering");
      return false;
    }
    Matcher overall = STATE.matcher(health.body());
    out.println(
        "Health "
            + url
            + ": HTTP "
            + health.statusCode()
            + (overall.find() ? "" : " (no JSON body)"));
    for (String check : health.body().split("\\{")) {
      Matcher name = NAME.matcher(check);
      Matcher state = STATE.matcher(check);
      if (name.find() && state.find()) {
        out.printf("  %-40s %s%n", name.group(1), state.group(1));
      }
    }
    return health.statusCode() == 200;
  }

  /**
   * Resident memory in kB of the process and its descendants (start scripts fork the JVM; the
   * postmaster forks backends), from /proc; empty where there is no /proc. Shared pages are counted
   * once per process, so this overstates PostgreSQL somewhat.
   */
  static Optional<Long> rss(long pid) {
    Optional<Long> own = rssOf(pid);
    if (own.isEmpty()) {
      return own;
    }
    long total = own.get();
    for (ProcessHandle child :
        ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(java.util.List.of())) {
      total += rssOf(child.pid()).orElse(0L);
    }
    return Optional.of(total);
  }

  private static Optional<Long> rssOf(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (l.startsWith("VmRSS:")) {
          return Optional.of(Long.parseLong(l.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}

package id.nusatrade.systemtest.platform;

import id.nusatrade.launcher.run.RunPidFile;
import id.nusatrade.launcher.run.RunRecord;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One platform started by {@code launcher run} in a child JVM (the supervisor), up once {@code
 * /health} is UP with every check UP. {@link #close()} stops it the way {@code ./nusatrade stop}
 * does and proves nothing it started is left running.
 */
public final class RunningPlatform implements AutoCloseable {
  private static final Duration REPORT_EVERY = Duration.ofSeconds(15);

  private final PlatformSettings settings;
  private final Process supervisor;
  private final PrintStream console;
  private final Http http = new Http();
  private final Thread stopOnExit;
  private final long launchedAt;
  private long healthyAt;
  private volatile boolean closed;

  private RunningPlatform(
      PlatformSettings settings, Process supervisor, PrintStream console, long launchedAt) {
    this.settings = settings;
    this.launchedAt = launchedAt;
    this.supervisor = supervisor;
    this.console = console;
    // a test JVM killed by Ctrl-C or a failsafe timeout still stops the platform it started
    this.stopOnExit = new Thread(this::stopQuietly, "system-test-platform-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Starts a fresh platform (state wiped) and returns once it is healthy; stops it on failure. */
  public static RunningPlatform start(PlatformSettings settings, PrintStream console) {
    stopLeftovers(settings, console);
    StateDir.emptyKeepingPrograms(settings.stateDir());
    Path log = settings.stateDir().resolveSibling("platform-run.log");
    console.println("[system-test] starting the platform: " + settings.env());
    long t0 = System.nanoTime();
    Process process = new Launcher(settings).start("run");
    OutputPump.start(process.getInputStream(), log, console);
    RunningPlatform platform = new RunningPlatform(settings, process, console, t0);
    try {
      platform.awaitHealthy(log);
    } catch (RuntimeException | Error e) {
      platform.close();
      throw e;
    }
    platform.healthyAt = System.nanoTime();
    console.printf(
        "[system-test] platform healthy %s after launch (supervisor pid %d)%n",
        Deadline.seconds(platform.healthyAt - t0), process.pid());
    platform.printMemory("at rest after start");
    return platform;
  }

  public PlatformSettings settings() {
    return settings;
  }

  public long supervisorPid() {
    return supervisor.pid();
  }

  public String baseUrl() {
    return settings.baseUrl();
  }

  public Http http() {
    return http;
  }

  public Launcher launcher() {
    return new Launcher(settings);
  }

  /** What the launcher recorded in {@code run.pid}: its children and their PIDs. */
  public Optional<RunRecord> runRecord() {
    return new RunPidFile(settings.stateDir().resolve("run.pid")).read();
  }

  private void awaitHealthy(Path log) {
    boolean up =
        Deadline.await(
            settings.startupTimeout(),
            REPORT_EVERY,
            () -> !supervisor.isAlive() || Health.read(http, baseUrl()).allUp(),
            s ->
                console.printf(
                    "[system-test] %d s: /health %s%n", s, Health.read(http, baseUrl())));
    if (!supervisor.isAlive()) {
      throw new AssertionError(
          "the launcher exited with code "
              + supervisor.exitValue()
              + " before /health was UP; see "
              + log);
    }
    if (!up) {
      throw new AssertionError(
          "/health not UP within "
              + settings.startupTimeout()
              + ": "
              + Health.read(http, baseUrl())
              + "; see "
              + log);
    }
  }

  void printMemory(String when) {
    StringBuilder line = new StringBuilder("[system-test] RSS " + when + ": ");
    long total = Memory.rssKb(supervisor.pid());
    line.append("launcher ").append(Memory.mb(total));
    for (var p : runRecord().map(RunRecord::processes).orElse(java.util.List.of())) {
      long kb = Memory.treeRssKb(p.pid());
      total += kb;
      line.append(", ").append(p.name()).append(' ').append(Memory.mb(kb));
    }
    console.println(line.append("; total ").append(Memory.mb(total)));
  }

  /** SIGTERM to the supervisor, then every process it recorded must be gone. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    long stopAt = System.nanoTime();
    try {
      new PlatformStop(supervisor, runRecord(), console).stopAndVerify();
    } finally {
      printTimings(stopAt);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running this
    }
  }

  private void printTimings(long stopAt) {
    long now = System.nanoTime();
    console.printf(
        "[system-test] timings: start %s, tests %s, stop %s; total %s%n",
        healthyAt == 0 ? "failed" : Deadline.seconds(healthyAt - launchedAt),
        healthyAt == 0 ? "-" : Deadline.seconds(stopAt - healthyAt),
        Deadline.seconds(now - stopAt),
        Deadline.seconds(now - launchedAt));
  }

  private void stopQuietly() {
    if (!closed) {
      closed = true;
      new PlatformStop(supervisor, runRecord(), console).stopOnly();
    }
  }

  /** A test JVM killed hard leaves its run.pid: the launcher's own stop cleans up by PID. */
  private static void stopLeftovers(PlatformSettings settings, PrintStream console) {
    if (Files.exists(settings.stateDir().resolve("run.pid"))) {
      Launcher.Result stop = new Launcher(settings).runToEnd("stop", Duration.ofMinutes(5));
      console.println("[system-test] leftover run in the state dir: " + stop.output().strip());
    }
  }
}

package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.ProcessTrees;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.component.StartupException;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./nusatrade run}: refuses if a run is alive, cleans up after a killed one, starts the
 * back-ends in parallel and Liberty last, prints the summary, then watches every component it
 * started and restarts one that dies ({@link Watchdog}), until Ctrl-C or SIGTERM stops everything
 * in reverse order from a shutdown hook.
 */
public final class Supervisor {
  private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

  private final LauncherConfig config;
  private final Platform platform;
  private final RunPidFile pidFile;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final Map<String, Duration> startTimes = new LinkedHashMap<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private RunRecord record;
  private volatile Watchdog watchdog;

  public Supervisor(LauncherConfig config, PrintStream out, PrintStream err, Clock clock) {
    this.config = config;
    this.platform = new Platform(config);
    this.pidFile = new RunPidFile(config.stateDir().resolve("run.pid"));
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Returns only on a failed start (exit code 1); a good run ends with the JVM. */
  public int run() throws InterruptedException {
    PreviousRun previous = new PreviousRun(pidFile);
    var alive = previous.alive();
    if (alive.isPresent()) {
      err.println(alreadyRunning(alive.get()));
      return 1;
    }
    previous.dead().ifPresent(dead -> reportAndClean(previous, dead));
    record =
        new RunRecord(ProcessHandle.current().pid(), ownMatch(), clock.instant(), "", List.of());
    pidFile.write(record);
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "nusatrade-shutdown"));
    long begin = System.nanoTime();
    try {
      startBackends();
      startLiberty();
      startTimes.put(platform.gateway().name(), timedStart(platform.gateway()));
    } catch (RuntimeException e) {
      err.println("nusatrade: " + e.getMessage());
      shutdown();
      return 1;
    }
    new Summary(config, platform, startTimes, Duration.ofNanos(System.nanoTime() - begin))
        .print(out, record);
    superviseStarted();
    new CountDownLatch(1).await(); // the shutdown hook does the rest
    return 0;
  }

  /**
   * Every component this run started itself (not the external ones) is watched from now on, and
   * restarted when it dies; its restart count starts at 0 in {@code run.pid}.
   */
  private void superviseStarted() {
    int maxFailures = Integer.parseInt(config.get(Setting.RESTART_MAX_FAILURES));
    Watchdog dog =
        new Watchdog(
            RestartBackoff.Limits.defaults(maxFailures),
            clock,
            task -> Thread.ofVirtual().name("nusatrade-restart").start(task),
            new RecordingListener(),
            err);
    for (Component c : platform.all()) {
      if (!c.isExternal() && startTimes.containsKey(c.name())) {
        dog.watch(c);
      }
    }
    watchdog = dog;
    synchronized (this) {
      record = record.withRestarts(dog.restarts(), List.of());
      pidFile.write(record);
    }
    Thread.ofPlatform().daemon().name("nusatrade-watchdog").start(() -> watch(dog));
  }

  private void watch(Watchdog dog) {
    while (!stopped.get()) {
      try {
        dog.poll();
      } catch (RuntimeException e) {
        err.println("nusatrade: watchdog round failed: " + e); // next round tries again
      }
      LockSupport.parkNanos(WATCH_INTERVAL.toNanos());
    }
  }

  /** Writes a restarted component's new PIDs and every restart count into {@code run.pid}. */
  private final class RecordingListener implements Watchdog.Listener {
    private final List<String> gaveUp = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void restarted(Component component, Map<String, Integer> restarts) {
      synchronized (Supervisor.this) {
        record = record.withProcesses(component.processes()).withRestarts(restarts, gaveUp);
        pidFile.write(record);
      }
    }

    @Override
    public void gaveUp(Component component, Map<String, Integer> restarts) {
      gaveUp.add(component.name());
      synchronized (Supervisor.this) {
        record = record.withRestarts(restarts, gaveUp);
        pidFile.write(record);
      }
    }
  }

  /** In parallel; the first failure interrupts the others' readiness waits at once. */
  private void startBackends() {
    List<Component> backends = platform.backends();
    try (ExecutorService pool = Executors.newFixedThreadPool(backends.size())) {
      CompletionService<Duration> done = new ExecutorCompletionService<>(pool);
      Map<Future<Duration>, Component> started = new HashMap<>();
      for (Component c : backends) {
        started.put(done.submit(() -> timedStart(c)), c);
      }
      for (int i = 0; i < backends.size(); i++) {
        Future<Duration> next = take(done);
        Component c = started.get(next);
        try {
          startTimes.put(c.name(), next.get());
        } catch (ExecutionException e) {
          pool.shutdownNow();
          throw asStartup(c, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StartupException("interrupted while starting", e);
        }
      }
    }
  }

  private static Future<Duration> take(CompletionService<Duration> done) {
    try {
      return done.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("interrupted while starting", e);
    }
  }

  private void startLiberty() {
    var liberty = platform.liberty();
    if (!liberty.isExternal() && !liberty.isBuilt()) {
      err.println(
          "nusatrade: Liberty is not built ("
              + liberty.wlpHome()
              + " has no server "
              + "'nusatrade'): running the back-ends only. Build with ./mvnw -B -DskipTests package.");
      return;
    }
    startTimes.put(liberty.name(), timedStart(liberty));
    synchronized (this) {
      record = record.withHealthUrl(liberty.healthUrl());
      pidFile.write(record);
    }
  }

  private Duration timedStart(Component c) {
    long t0 = System.nanoTime();
    c.start();
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (stopped.get()) {
      c.stop(); // Ctrl-C arrived while this one was starting: the hook may have missed it
      throw new StartupException(c.name() + ": start-up interrupted by shutdown");
    }
    recordProcesses(c.processes());
    err.printf("[%s] ready in %.1f s%n", c.name(), took.toMillis() / 1000.0);
    return took;
  }

  private synchronized void recordProcesses(List<RecordedProcess> processes) {
    record = record.withProcesses(processes);
    pidFile.write(record);
  }

  /** Reverse start order; each stop is idempotent, and this runs at most once. */
  void shutdown() {
    if (stopped.getAndSet(true)) {
      return;
    }
    Watchdog dog = watchdog;
    if (dog != null) {
      dog.close(); // before any stop: a stopped component must not look crashed
    }
    err.println("nusatrade: stopping...");
    List<Component> all = platform.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      Component c = all.get(i);
      try {
        c.stop();
      } catch (RuntimeException e) {
        err.println("nusatrade: stopping " + c.name() + " failed: " + e.getMessage());
      }
    }
    pidFile.delete();
    err.println("nusatrade: stopped");
  }

  private void reportAndClean(PreviousRun previous, RunRecord dead) {
    err.println(
        "nusatrade: the run started "
            + dead.started()
            + " (supervisor pid "
            + dead.supervisorPid()
            + ") was killed; cleaning up what it left running");
    previous.cleanUp(dead, err);
  }

  private String alreadyRunning(RunRecord r) {
    return "nusatrade: already running (supervisor pid "
        + r.supervisorPid()
        + ", since "
        + r.started()
        + ", state "
        + config.stateDir()
        + ").\n"
        + "nusatrade: see ./nusatrade status, or ./nusatrade stop first.";
  }

  private static StartupException asStartup(Component c, Throwable cause) {
    return cause instanceof StartupException s
        ? s
        : new StartupException(c.name() + ": " + cause, cause);
  }

  /** The text that identifies this supervisor's command line to a later status/stop/run. */
  static String ownMatch() {
    String self = ProcessTrees.commandLine(ProcessHandle.current().pid()).orElse("");
    for (String candidate : List.of("nusatrade-launcher", "id.nusatrade.launcher.Main")) {
      if (self.contains(candidate)) {
        return candidate;
      }
    }
    return "java";
  }
}

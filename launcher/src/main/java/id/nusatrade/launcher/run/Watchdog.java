package id.nusatrade.launcher.run;

import id.nusatrade.launcher.component.Component;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Watches the started components and restarts one that died, with {@link RestartBackoff}. {@link
 * #poll()} runs about once a second on the supervisor's watch thread: it notices a death, and once
 * the backoff delay has passed hands the restart to {@code restarts} (restarting Liberty takes a
 * minute; the others stay watched meanwhile). Each death, restart and give-up is one line on the
 * supervisor's stderr, and {@code listener} records the new PIDs and counts in {@code run.pid}.
 */
final class Watchdog {
  /** Told after each restart (new PIDs) and each give-up; records them in {@code run.pid}. */
  interface Listener {
    void restarted(Component component, Map<String, Integer> restarts);

    void gaveUp(Component component, Map<String, Integer> restarts);
  }

  private enum State {
    RUNNING,
    WAITING,
    RESTARTING,
    GAVE_UP
  }

  private final class Watched {
    final Component component;
    final RestartBackoff backoff;
    State state = State.RUNNING;
    Instant due;
    int restarts;

    Watched(Component component) {
      this.component = component;
      this.backoff = new RestartBackoff(limits, clock);
      backoff.started();
    }
  }

  private final Map<String, Watched> watched = new LinkedHashMap<>();
  private final RestartBackoff.Limits limits;
  private final Clock clock;
  private final Executor restarts;
  private final Listener listener;
  private final PrintStream log;
  private volatile boolean closed;

  Watchdog(
      RestartBackoff.Limits limits,
      Clock clock,
      Executor restarts,
      Listener listener,
      PrintStream log) {
    this.limits = limits;
    this.clock = clock;
    this.restarts = restarts;
    this.listener = listener;
    this.log = log;
  }

  /** Starts watching a component that is up now. */
  synchronized void watch(Component component) {
    watched.put(component.name(), new Watched(component));
  }

  /** One round: notice deaths, start due restarts. */
  void poll() {
    for (Watched w : snapshot()) {
      if (closed) {
        return;
      }
      synchronized (this) {
        switch (w.state) {
          case RUNNING -> {
            if (!w.component.isRunning()) {
              log("[" + w.component.name() + "] died: " + w.component.exitDescription());
              decide(w, w.backoff.failed());
            }
          }
          case WAITING -> {
            if (!clock.instant().isBefore(w.due)) {
              w.state = State.RESTARTING;
              restarts.execute(() -> restart(w));
            }
          }
          case RESTARTING, GAVE_UP -> {
            // a restart is under way, or nothing more will be tried
          }
        }
      }
    }
  }

  /** Restarts so far, by component name (every watched component, 0 if none). */
  synchronized Map<String, Integer> restarts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    watched.forEach((name, w) -> counts.put(name, w.restarts));
    return counts;
  }

  /** No more restarts: the supervisor is stopping everything. */
  void close() {
    closed = true;
  }

  private synchronized List<Watched> snapshot() {
    return List.copyOf(watched.values());
  }

  private void restart(Watched w) {
    Component c = w.component;
    long t0 = System.nanoTime();
    try {
      c.stop(); // the remains: a stale handle, orphaned descendants, a lock
      if (closed) {
        return;
      }
      c.start();
      if (closed) {
        c.stop(); // the supervisor began stopping while this started: it may have missed it
        return;
      }
    } catch (RuntimeException e) {
      if (closed) {
        return; // stopped under our feet by the shutdown: not a failure
      }
      synchronized (this) {
        log("[" + c.name() + "] restart failed: " + e.getMessage());
        decide(w, w.backoff.failed());
      }
      return;
    }
    Map<String, Integer> counts;
    synchronized (this) {
      w.backoff.started();
      w.restarts++;
      w.state = State.RUNNING;
      counts = restarts();
      log(
          String.format(
              "[%s] restarted (restart %d), ready in %.1f s",
              c.name(), w.restarts, Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0));
    }
    if (!closed) {
      listener.restarted(c, counts);
    }
  }

  private void decide(Watched w, RestartBackoff.Decision decision) {
    String name = w.component.name();
    switch (decision) {
      case RestartBackoff.RestartAt at -> {
        w.state = State.WAITING;
        w.due = at.at();
        Duration wait = Duration.between(clock.instant(), at.at());
        log(
            String.format(
                "[%s] restarting in %.1f s (failure %d in a row; gives up at %d)",
                name, wait.toMillis() / 1000.0, at.failure(), limits.maxRapidFailures()));
      }
      case RestartBackoff.GiveUp up -> {
        w.state = State.GAVE_UP;
        log(
            "["
                + name
                + "] GIVING UP after "
                + up.failures()
                + " failures in a row, each within "
                + limits.healthyAfter().toMinutes()
                + " min of its start: it stays down. See its log under the state dir's logs/,"
                + " then ./nusatrade stop and ./nusatrade run.");
        listener.gaveUp(w.component, restarts());
      }
    }
  }

  private void log(String line) {
    log.println(line);
  }
}

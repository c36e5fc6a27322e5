package id.nusatrade.workers.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a startup step in the background until it succeeds, pausing longer after each failure (up to
 * a cap). The application never waits for it: a platform whose engine or broker is still starting
 * comes up anyway and reports the step's last failure as its health.
 */
public final class StartupRetry implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(StartupRetry.class.getName());

  /** One try; throwing means "not yet". */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  private final String name;
  private final ScheduledExecutorService scheduler;
  private final Step step;
  private final Duration firstPause;
  private final Duration maxPause;
  private volatile boolean done;
  private volatile boolean closed;
  private volatile String lastFailure;
  private volatile int failures;
  private ScheduledFuture<?> next;

  public StartupRetry(
      String name,
      ScheduledExecutorService scheduler,
      Step step,
      Duration firstPause,
      Duration maxPause) {
    this.name = name;
    this.scheduler = scheduler;
    this.step = step;
    this.firstPause = firstPause;
    this.maxPause = maxPause;
  }

  public synchronized void start() {
    if (next == null && !closed) {
      next = scheduler.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
    }
  }

  private void attempt() {
    if (closed) {
      return;
    }
    try {
      step.run();
      done = true;
      lastFailure = null;
      LOG.log(Level.INFO, name + ": ready after " + failures + " failed attempt(s)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      failures++;
      lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.INFO, name + ": not ready yet (" + lastFailure + "), retrying");
      scheduleAgain();
    }
  }

  private synchronized void scheduleAgain() {
    if (!closed) {
      Duration pause = pauseAfter(failures, firstPause, maxPause);
      next = scheduler.schedule(this::attempt, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** 1x, 2x, 4x ... the first pause after 1, 2, 3 ... failures, capped. */
  static Duration pauseAfter(int failures, Duration firstPause, Duration maxPause) {
    int doublings = Math.clamp(failures - 1L, 0, 20);
    Duration pause = firstPause.multipliedBy(1L << doublings);
    return pause.compareTo(maxPause) > 0 ? maxPause : pause;
  }

  boolean done() {
    return done;
  }

  int failures() {
    return failures;
  }

  /** Why the last attempt failed; null once done or before the first failure. */
  String lastFailure() {
    return lastFailure;
  }

  /** Stops retrying; an attempt in progress is interrupted. */
  @Override
  public synchronized void close() {
    closed = true;
    if (next != null) {
      next.cancel(true);
    }
  }
}

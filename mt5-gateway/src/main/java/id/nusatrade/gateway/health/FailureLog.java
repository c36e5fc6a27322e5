package id.nusatrade.gateway.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the failures of one activity (a tick-store flush, an event batch) and logs them with their
 * cause, at most once per interval: the first failure at once, later ones folded into the next
 * report ("… 41 more since the last report"), so a dead store is loud but cannot flood the log.
 * Remembers the last cause for health reports. Thread-safe; never on the hot path (failures only).
 */
public final class FailureLog {
  private final Logger log;
  private final String activity;
  private final Clock clock;
  private final long intervalMillis;
  private final AtomicLong failures = new AtomicLong();
  private boolean reported;
  private long lastReportMillis;
  private long suppressed;
  private volatile String lastCause = "";
  private volatile long lastFailureMillis;

  public FailureLog(Logger log, String activity, Clock clock, Duration interval) {
    this.log = log;
    this.activity = activity;
    this.clock = clock;
    this.intervalMillis = interval.toMillis();
  }

  /** A failure of the activity: counted always, logged with its cause when the interval allows. */
  public void record(Throwable cause) {
    failures.incrementAndGet();
    long now = clock.millis();
    lastFailureMillis = now;
    lastCause = String.valueOf(cause);
    long folded;
    synchronized (this) {
      if (reported && now - lastReportMillis < intervalMillis) {
        suppressed++;
        return;
      }
      folded = suppressed;
      suppressed = 0;
      reported = true;
      lastReportMillis = now;
    }
    String more = folded == 0 ? "" : " (" + folded + " more since the last report)";
    log.log(Level.WARNING, activity + " failed" + more + ": " + cause, cause);
  }

  public long count() {
    return failures.get();
  }

  /** The last failure's exception as text, or "" if none. */
  public String lastCause() {
    return lastCause;
  }

  /** When the last failure happened (epoch millis), 0 if never. */
  public long lastFailureMillis() {
    return lastFailureMillis;
  }
}

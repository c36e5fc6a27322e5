package id.nusatrade.ui.support;

import id.nusatrade.ui.market.UpdateTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects scheduled pushes; the test runs them when it chooses (no threads, no sleeps). */
public final class ManualUpdateTimer implements UpdateTimer {
  private final List<Runnable> due = new ArrayList<>();
  private final List<Duration> delays = new ArrayList<>();

  @Override
  public synchronized void after(Duration delay, Runnable task) {
    delays.add(delay);
    due.add(task);
  }

  public void runAll() {
    List<Runnable> now;
    synchronized (this) {
      now = List.copyOf(due);
      due.clear();
    }
    now.forEach(Runnable::run);
  }

  public synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }
}

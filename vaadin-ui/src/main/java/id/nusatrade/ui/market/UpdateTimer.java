package id.nusatrade.ui.market;

import java.time.Duration;

/** Runs a task once after a delay (a scheduler thread in the server, by hand in tests). */
@FunctionalInterface
public interface UpdateTimer {
  void after(Duration delay, Runnable task);
}

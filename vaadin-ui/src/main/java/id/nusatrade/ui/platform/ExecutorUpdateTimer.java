package id.nusatrade.ui.platform;

import id.nusatrade.ui.market.UpdateTimer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread schedules every chart's pushes; the push itself runs in {@code UI.access},
 * under the session lock, so this thread only hands work over.
 */
final class ExecutorUpdateTimer implements UpdateTimer {
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "nusatrade-chart-push");
            t.setDaemon(true);
            return t;
          });

  @Override
  public void after(Duration delay, Runnable task) {
    executor.schedule(() -> runQuietly(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void runQuietly(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // a UI that went away while its push waited (UIDetachedException): drop the push
    }
  }

  void shutdown() {
    executor.shutdownNow();
  }
}

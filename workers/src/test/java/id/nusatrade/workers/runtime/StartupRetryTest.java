package id.nusatrade.workers.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartupRetryTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopScheduler() {
    scheduler.shutdownNow();
  }

  @Test
  void aFailingStepIsTriedAgainInTheBackgroundUntilItSucceeds() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    CountDownLatch succeeded = new CountDownLatch(1);
    StartupRetry retry =
        retry(
            () -> {
              if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException("engine unavailable");
              }
              succeeded.countDown();
            });

    retry.start();

    assertThat(succeeded.await(10, TimeUnit.SECONDS)).isTrue();
    awaitDone(retry);
    assertThat(retry.failures()).isEqualTo(2);
    assertThat(retry.lastFailure()).isNull();
  }

  @Test
  void theLastFailureIsKeptForHealthReportsWhileTheStepKeepsFailing() throws Exception {
    CountDownLatch twoTries = new CountDownLatch(2);
    StartupRetry retry =
        retry(
            () -> {
              twoTries.countDown();
              throw new IllegalStateException("broker unavailable");
            });

    retry.start();

    assertThat(twoTries.await(10, TimeUnit.SECONDS)).isTrue();
    retry.close();
    assertThat(retry.done()).isFalse();
    assertThat(retry.lastFailure()).isEqualTo("IllegalStateException: broker unavailable");
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "6, 30", "40, 30"})
  void pausesDoubleAfterEachFailureUpToTheCap(int failures, long expectedSeconds) {
    assertThat(StartupRetry.pauseAfter(failures, Duration.ofSeconds(1), Duration.ofSeconds(30)))
        .isEqualTo(Duration.ofSeconds(expectedSeconds));
  }

  private StartupRetry retry(StartupRetry.Step step) {
    return new StartupRetry("test", scheduler, step, Duration.ofMillis(1), Duration.ofMillis(4));
  }

  private static void awaitDone(StartupRetry retry) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!retry.done() && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(5);
    }
    assertThat(retry.done()).isTrue();
  }
}

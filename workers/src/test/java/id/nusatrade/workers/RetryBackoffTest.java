package id.nusatrade.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryBackoffTest {
  private final RetryBackoff backoff =
      new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 3);

  @ParameterizedTest(name = "retries left {0} -> {1} s")
  @CsvSource({"3, 1", "2, 2", "1, 4", "0, 8", "-2, 10", "5, 1"})
  void doublesWithEveryFailureUpToTheCap(int retriesLeft, long seconds) {
    assertThat(backoff.after(retriesLeft)).isEqualTo(Duration.ofSeconds(seconds));
  }
}

package id.nusatrade.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class FailureLogTest {
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getAnonymousLogger();

  {
    logger.setUseParentHandlers(false);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private static final class SteppingClock extends Clock {
    Instant now = Instant.parse("2026-03-01T02:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theFirstFailureIsLoggedWithItsCauseAndAFloodOncePerInterval() {
    SteppingClock clock = new SteppingClock();
    FailureLog failures = new FailureLog(logger, "tick store flush", clock, Duration.ofMinutes(1));
    RuntimeException dead = new IllegalStateException("connection refused");

    for (int i = 0; i < 100; i++) {
      failures.record(dead);
    }
    assertThat(failures.count()).isEqualTo(100);
    assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(dead));
    assertThat(logged.get(0).getMessage())
        .contains("tick store flush failed", "connection refused");

    clock.now = clock.now.plusSeconds(60);
    failures.record(dead);
    assertThat(logged).hasSize(2);
    assertThat(logged.get(1).getMessage()).contains("99 more since the last report");
    assertThat(failures.lastCause()).contains("connection refused");
    assertThat(failures.lastFailureMillis()).isEqualTo(clock.millis());
  }
}

package id.nusatrade.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpdateThrottleTest {
  final AtomicLong now = new AtomicLong(1_000_000);
  final Clock clock =
      new Clock() {
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
          return Instant.ofEpochMilli(now.get());
        }
      };
  final UpdateThrottle throttle = new UpdateThrottle(Duration.ofMillis(250), clock);

  static Candle candle(long time, double close) {
    return new Candle(time, 1, 2, 0.5, close, 1);
  }

  @Test
  void the_first_update_goes_at_once_and_later_ones_wait_for_the_interval() {
    assertThat(throttle.offer(candle(0, 1), false)).contains(Duration.ZERO);
    throttle.drain();
    now.addAndGet(100);
    assertThat(throttle.offer(candle(0, 2), false)).contains(Duration.ofMillis(150));
    assertThat(throttle.offer(candle(0, 3), false)).as("already scheduled").isEmpty();
  }

  @Test
  void a_push_carries_the_newest_state_of_every_changed_candle_in_time_order() {
    throttle.offer(candle(60_000, 1), false);
    throttle.offer(candle(0, 5), true);
    throttle.offer(candle(60_000, 2), false);

    UpdateThrottle.Batch batch = throttle.drain();
    assertThat(batch.candles()).containsExactly(candle(0, 5), candle(60_000, 2));
    assertThat(batch.barClosed()).isTrue();
    assertThat(throttle.drain().candles()).isEmpty();
  }
}

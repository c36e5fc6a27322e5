package id.nusatrade.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OrderRateWindowTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-12-02T03:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  @Test
  void countsOnlyOrdersOfTheLastSecond() {
    ManualClock clock = new ManualClock();
    OrderRateWindow window = new OrderRateWindow(clock, 16);
    window.record(); // t = 0
    clock.advance(Duration.ofMillis(400));
    window.record(); // t = 400
    clock.advance(Duration.ofMillis(400));
    window.record(); // t = 800
    assertThat(window.rate().ordersLastSecond()).isEqualTo(3);

    clock.advance(Duration.ofMillis(200)); // t = 1000: the order at 0 is exactly one second old
    assertThat(window.rate().ordersLastSecond()).isEqualTo(2);

    clock.advance(Duration.ofMillis(1000)); // t = 2000
    assertThat(window.rate().ordersLastSecond()).isZero();
  }

  @Test
  void theLastLossWindowIsHalfOpen() {
    Instant loss = Instant.parse("2026-12-02T02:50:00Z");
    LossStreak streak = new LossStreak(3, loss);
    assertThat(streak.lastLossWithin(Duration.ofMinutes(30), loss)).isTrue();
    assertThat(streak.lastLossWithin(Duration.ofMinutes(30), loss.plusSeconds(1799))).isTrue();
    assertThat(streak.lastLossWithin(Duration.ofMinutes(30), loss.plusSeconds(1800))).isFalse();
    assertThat(LossStreak.NONE.lastLossWithin(Duration.ofMinutes(30), loss)).isFalse();
  }
}

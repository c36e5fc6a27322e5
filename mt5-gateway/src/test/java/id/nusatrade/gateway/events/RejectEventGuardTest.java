package id.nusatrade.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RejectEventGuardTest {
  @Test
  void aFloodingStreamIsCappedPerSecondAndTheNextEventCarriesTheSuppressedCount() {
    StepClock clock = new StepClock();
    RejectEventGuard guard = new RejectEventGuard(clock, 3, 2);
    int admitted = 0;
    for (int i = 0; i < 10; i++) {
      admitted += guard.admit(0) ? 1 : 0;
    }
    assertThat(admitted).isEqualTo(3);
    assertThat(guard.admit(1)).as("other streams keep their own budget").isTrue();
    assertThat(guard.suppressedTotal()).isEqualTo(7);

    clock.millis += 1000;
    assertThat(guard.admit(0)).isTrue();
    assertThat(guard.takeSuppressed(0)).isEqualTo(7);
    assertThat(guard.takeSuppressed(0)).isZero();
  }

  /** A clock the test moves by hand. */
  static final class StepClock extends Clock {
    long millis = 1_700_000_000_000L;

    @Override
    public long millis() {
      return millis;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

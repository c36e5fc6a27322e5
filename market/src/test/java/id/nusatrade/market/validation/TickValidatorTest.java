package id.nusatrade.market.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickValidatorTest {
  static final long NOW = 1_700_000_000_000L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

  /**
   * Each row: the reason expected for a tick that follows a good tick (time NOW-1000, bid 1.1000,
   * ask 1.1002, last 0, volume 1), with 60 s maximum age and a 5 % spike band.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "accepted,            -500,   1.1001, 1.1003, 0,   1",
    "NON_POSITIVE_PRICE,  -500,   0,      1.1003, 0,   1",
    "NON_POSITIVE_PRICE,  -500,   -1.1,   1.1003, 0,   1",
    "NON_POSITIVE_PRICE,  -500,   NaN,    1.1003, 0,   1",
    "NON_POSITIVE_PRICE,  -500,   1.1001, Infinity, 0, 1",
    "NON_POSITIVE_PRICE,  -500,   1.1001, 1.1003, NaN, 1",
    "NON_POSITIVE_PRICE,  -500,   1.1001, 1.1003, 0,   -1",
    "CROSSED_QUOTE,       -500,   1.1004, 1.1003, 0,   1",
    "OUT_OF_ORDER,        -1001,  1.1001, 1.1003, 0,   1",
    "DUPLICATE,           -1000,  1.1000, 1.1002, 0,   1",
    "accepted,            -1000,  1.1001, 1.1003, 0,   1",
    "STALE,               -90000, 1.1001, 1.1003, 0,   1",
    "SPIKE,               -500,   1.2000, 1.2002, 0,   1",
    "accepted,            -500,   1.1500, 1.1502, 0,   1",
  })
  void rejectsEachKindOfBadTickWithItsReason(
      String expected, long age, double bid, double ask, double last, long volume) {
    TickValidator v =
        new TickValidator(new ValidationConfig(Duration.ofSeconds(60), 0.05, 5), CLOCK, 4);
    assertThat(v.validate(0, NOW - 1000, 1.1000, 1.1002, 0, 1)).isZero();
    int code = v.validate(0, NOW + age, bid, ask, last, volume);
    assertThat(code == 0 ? "accepted" : RejectReason.ofCode(code).name()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} consistent spikes re-anchor after {1}")
  @CsvSource({"4, false", "5, true"})
  void aSustainedMoveIsAcceptedAfterEnoughAgreeingSpikes(int spikes, boolean accepted) {
    TickValidator v = new TickValidator(new ValidationConfig(Duration.ZERO, 0.05, 5), CLOCK, 1);
    v.validate(0, 1, 1.0, 1.0, 0, 1);
    int code = 0;
    for (int i = 0; i < spikes; i++) {
      code = v.validate(0, 2 + i, 1.5 + i * 0.001, 1.5 + i * 0.001, 0, 1);
    }
    assertThat(code == 0).isEqualTo(accepted);
  }

  @ParameterizedTest(name = "stream {0} is independent")
  @CsvSource({"1", "2"})
  void streamsKeepSeparateState(int other) {
    TickValidator v = new TickValidator(ValidationConfig.defaults(), CLOCK, 3);
    assertThat(v.validate(0, NOW, 1.1, 1.1002, 0, 1)).isZero();
    assertThat(v.validate(other, NOW - 10, 150.0, 150.02, 0, 1)).isZero();
  }

  @Test
  void stalenessIsJudgedAgainstTheSendersNewestTickNotTheClock() {
    TickValidator v =
        new TickValidator(new ValidationConfig(Duration.ofSeconds(60), 0.05, 5), CLOCK, 2);
    long dayOld = NOW - 86_400_000L;
    // a day behind the clock, but the terminal's first tick: nothing to be stale against
    assertThat(v.validateInStream(0, Long.MIN_VALUE, dayOld, 1.1000, 1.1002, 0, 1)).isZero();
    // 60 s behind the terminal's newest tick is still fresh; 60.001 s is stale (limit: 60 s)
    assertThat(v.validateInStream(1, dayOld + 60_000, dayOld, 150.0, 150.02, 0, 1)).isZero();
    assertThat(v.validateInStream(0, dayOld + 60_002, dayOld + 1, 1.1001, 1.1003, 0, 1))
        .isEqualTo(RejectReason.STALE.code());
    // the other checks still apply
    assertThat(v.validateInStream(0, dayOld + 2, dayOld + 2, 1.1004, 1.1003, 0, 1))
        .isEqualTo(RejectReason.CROSSED_QUOTE.code());
    assertThat(v.validateInStream(0, dayOld + 2, dayOld - 1, 1.1000, 1.1002, 0, 1))
        .isEqualTo(RejectReason.OUT_OF_ORDER.code());
  }
}

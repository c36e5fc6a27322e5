package id.nusatrade.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.rules.calendar.TradingCalendar;
import id.nusatrade.rules.engine.LiveRules;
import id.nusatrade.rules.engine.RuleArea;
import id.nusatrade.rules.engine.RuleSource;
import id.nusatrade.rules.model.Decision;
import id.nusatrade.rules.model.Outcome;
import id.nusatrade.rules.model.Side;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The dry run's day's loss against the shipped maximum daily loss (standard: 50,000,000). */
class DryRunTest {
  // Wednesday 2 December 2026 10:00 WIB: the FX session is open
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
  private static final LiveRules RISK = LiveRules.start(RuleSource.defaults(RuleArea.RISK), 1);
  private static final TradingCalendar CALENDAR = TradingCalendar.load();

  private static Decision judge(String dailyLoss) {
    DryRun order =
        new DryRun(
            "EURUSD",
            Side.BUY,
            new BigDecimal("1000"),
            new BigDecimal("1.1"),
            null,
            dailyLoss == null ? null : new BigDecimal(dailyLoss));
    return RISK.evaluate(order.input(CALENDAR, CLOCK));
  }

  @Test
  void no_loss_given_is_no_loss() {
    assertThat(judge(null).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void a_loss_just_below_the_maximum_is_allowed_and_the_maximum_halts() {
    assertThat(judge("49999999").outcome()).isEqualTo(Outcome.ALLOW);
    Decision halted = judge("50000000");
    assertThat(halted.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(halted.reasonCodes()).containsExactly("MAX_DAILY_LOSS");
  }

  @Test
  void a_negative_loss_is_refused_naming_the_field() {
    assertThatThrownBy(() -> judge("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dailyLoss");
  }
}

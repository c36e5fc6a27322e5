package id.nusatrade.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DailyPnlTrackerTest {
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void lossesAddUpWithinTheTradingDayAndANewDayStartsFromZero() {
    OrderRateWindowTest.ManualClock clock = new OrderRateWindowTest.ManualClock();
    clock.now = Instant.parse("2026-12-02T03:00:00Z"); // 10:00 WIB, Wednesday
    DailyPnlTracker tracker = new DailyPnlTracker(clock, WIB);

    tracker.closed(new BigDecimal("-30000000"));
    clock.advance(Duration.ofHours(5)); // 15:00 WIB, same day
    tracker.closed(new BigDecimal("-15000000"));
    DailyPnl wednesday = tracker.today(new BigDecimal("-5000000"));
    assertThat(wednesday.loss()).isEqualByComparingTo("50000000"); // 30 + 15 + 5 million
    assertThat(wednesday.tradingDay()).isEqualTo(java.time.LocalDate.parse("2026-12-02"));

    clock.advance(Duration.ofHours(10)); // 01:00 WIB Thursday (18:00 UTC Wednesday)
    DailyPnl thursday = tracker.today(BigDecimal.ZERO);
    assertThat(thursday.tradingDay()).isEqualTo(java.time.LocalDate.parse("2026-12-03"));
    assertThat(thursday.loss()).isEqualByComparingTo("0");
  }
}

package id.nusatrade.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Expected opens worked out by hand from New York's clock (EST = UTC-5, EDT = UTC-4). */
class TradingSessionTest {
  static long utc(String text) {
    return Instant.parse(text).toEpochMilli();
  }

  @Test
  void anFxDayOpensAtFivePmNewYorkWhichIsTenPmUtcInWinterAndNinePmInSummer() {
    TradingSession fx = TradingSession.FX;
    // Wednesday 2026-01-14 10:00 UTC = 05:00 EST: the day that opened Tuesday 17:00 EST
    assertThat(fx.dayOpen(utc("2026-01-14T10:00:00Z"))).isEqualTo(utc("2026-01-13T22:00:00Z"));
    // 22:00 UTC sharp opens the next day
    assertThat(fx.dayOpen(utc("2026-01-14T22:00:00Z"))).isEqualTo(utc("2026-01-14T22:00:00Z"));
    assertThat(fx.dayOpen(utc("2026-01-14T21:59:59.999Z"))).isEqualTo(utc("2026-01-13T22:00:00Z"));
    // July: EDT, so 21:00 UTC
    assertThat(fx.dayOpen(utc("2026-07-15T21:30:00Z"))).isEqualTo(utc("2026-07-15T21:00:00Z"));
    assertThat(fx.nextDayOpen(utc("2026-07-15T21:00:00Z"))).isEqualTo(utc("2026-07-16T21:00:00Z"));
  }

  @Test
  void theDayAcrossTheSpringDaylightSavingChangeIsTwentyThreeHoursLong() {
    // US DST began Sunday 2026-03-08 02:00 local: Friday's 17:00 EST = 22:00 UTC,
    // Sunday's 17:00 EDT = 21:00 UTC
    long saturdayOpen = TradingSession.FX.dayOpen(utc("2026-03-07T23:00:00Z"));
    assertThat(saturdayOpen).isEqualTo(utc("2026-03-07T22:00:00Z"));
    assertThat(TradingSession.FX.nextDayOpen(saturdayOpen)).isEqualTo(utc("2026-03-08T21:00:00Z"));
  }

  @Test
  void h4BarsCountFromTheSessionOpenAndMinuteBarsStayUtcAligned() {
    TradingSession fx = TradingSession.FX;
    long t = utc("2026-01-14T03:17:00Z"); // day opened 2026-01-13 22:00 UTC
    assertThat(fx.openTimeOf(Timeframe.H4, t)).isEqualTo(utc("2026-01-14T02:00:00Z"));
    assertThat(fx.openTimeOf(Timeframe.D1, t)).isEqualTo(utc("2026-01-13T22:00:00Z"));
    assertThat(fx.openTimeOf(Timeframe.H1, t)).isEqualTo(utc("2026-01-14T03:00:00Z"));
    assertThat(fx.openTimeOf(Timeframe.M15, t)).isEqualTo(utc("2026-01-14T03:15:00Z"));
    assertThat(TradingSession.UTC_MIDNIGHT.openTimeOf(Timeframe.H4, t))
        .isEqualTo(utc("2026-01-14T00:00:00Z"));
  }

  @Test
  void sessionsAreConfiguredPerSymbolWithFxAsTheDefault() {
    TradingSessions sessions =
        TradingSessions.parse("BTCUSD=UTC@00:00; XAUUSD=America/New_York@18:00");

    assertThat(sessions.of("BTCUSD").dayOpen(utc("2026-01-14T10:00:00Z")))
        .isEqualTo(utc("2026-01-14T00:00:00Z"));
    assertThat(sessions.of("XAUUSD").dayOpen(utc("2026-01-14T10:00:00Z")))
        .isEqualTo(utc("2026-01-13T23:00:00Z"));
    assertThat(sessions.of("EURUSD")).isEqualTo(TradingSession.FX);
    assertThatThrownBy(() -> TradingSessions.parse("XAUUSD=Mars/Base@18:00"))
        .hasMessageContaining("Mars/Base");
    assertThatThrownBy(() -> TradingSessions.parse("XAUUSD"))
        .hasMessageContaining("'XAUUSD' is not SYMBOL=ZONE@HH:MM");
  }
}

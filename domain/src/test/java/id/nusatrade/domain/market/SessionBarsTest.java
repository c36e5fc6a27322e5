package id.nusatrade.domain.market;

import static id.nusatrade.domain.market.TradingSessionTest.utc;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session D1/H4 bars from finer UTC bars, every expectation worked out by hand: in March 2024
 * before the 10th New York is on EST (UTC-5), so the FX day opens 22:00 UTC and its H4 bars at
 * 22:00, 02:00, 06:00, 10:00, 14:00, 18:00 UTC; in July (EDT, UTC-4) the day opens 21:00 UTC.
 */
class SessionBarsTest {
  static final FeedId FEED =
      new FeedId(TenantId.of("11111111-1111-1111-1111-111111111111"), 1, "EURUSD");

  /** An H1 bar at {@code time} with the given open, high, low, close and 10 ticks. */
  static Bar h1(String time, double o, double h, double l, double c) {
    return new Bar(FEED, Timeframe.H1, utc(time), o, h, l, c, 10);
  }

  static final List<Bar> WINTER_EVENING =
      List.of(
          h1("2024-03-04T20:00:00Z", 1.10, 1.12, 1.09, 1.11),
          h1("2024-03-04T21:00:00Z", 1.11, 1.15, 1.10, 1.14),
          h1("2024-03-04T22:00:00Z", 1.14, 1.16, 1.13, 1.13),
          h1("2024-03-04T23:00:00Z", 1.13, 1.14, 1.08, 1.09),
          h1("2024-03-05T02:00:00Z", 1.09, 1.20, 1.09, 1.19));

  @Test
  void fxDailyBarsOfAWinterEveningSplitAtTenPmUtcNotAtMidnight() {
    assertThat(SessionBars.fold(WINTER_EVENING, Timeframe.D1, TradingSession.FX))
        .containsExactly(
            new Bar(FEED, Timeframe.D1, utc("2024-03-03T22:00:00Z"), 1.10, 1.15, 1.09, 1.14, 20),
            new Bar(FEED, Timeframe.D1, utc("2024-03-04T22:00:00Z"), 1.14, 1.20, 1.08, 1.19, 30));
  }

  @Test
  void fxFourHourBarsCountFromTheSessionOpen() {
    assertThat(SessionBars.fold(WINTER_EVENING, Timeframe.H4, TradingSession.FX))
        .containsExactly(
            new Bar(FEED, Timeframe.H4, utc("2024-03-04T18:00:00Z"), 1.10, 1.15, 1.09, 1.14, 20),
            new Bar(FEED, Timeframe.H4, utc("2024-03-04T22:00:00Z"), 1.14, 1.16, 1.08, 1.09, 20),
            new Bar(FEED, Timeframe.H4, utc("2024-03-05T02:00:00Z"), 1.09, 1.20, 1.09, 1.19, 10));
  }

  @Test
  void inSummerTheFxDayOpensAtNinePmUtc() {
    List<Bar> summer =
        List.of(
            h1("2024-07-01T20:00:00Z", 1.0, 1.5, 0.5, 1.2),
            h1("2024-07-01T21:00:00Z", 1.2, 1.3, 1.1, 1.25));
    assertThat(SessionBars.fold(summer, Timeframe.D1, TradingSession.FX))
        .extracting(Bar::openTimeMillis)
        .containsExactly(utc("2024-06-30T21:00:00Z"), utc("2024-07-01T21:00:00Z"));
  }

  @Test
  void hourStepsServeSessionsOnTheHourInWholeHourZonesAndMinutesServeTheRest() {
    long from = utc("2024-01-01T00:00:00Z");
    long to = utc("2025-01-01T00:00:00Z");
    assertThat(SessionBars.step(TradingSession.FX, from, to)).isEqualTo(Timeframe.H1);
    assertThat(SessionBars.step(TradingSession.UTC_MIDNIGHT, 0, Long.MAX_VALUE))
        .isEqualTo(Timeframe.H1);
    // Mumbai opens 09:15 IST (UTC+5:30)
    var nse = new TradingSession(ZoneId.of("Asia/Kolkata"), LocalTime.of(9, 15));
    assertThat(SessionBars.step(nse, from, to)).isEqualTo(Timeframe.M1);
    // a half-hour zone even for a session on the hour
    var india = new TradingSession(ZoneId.of("Asia/Kolkata"), LocalTime.of(9, 0));
    assertThat(SessionBars.step(india, from, to)).isEqualTo(Timeframe.M1);
    // Lord Howe Island shifts by 30 minutes for daylight saving (+10:30 / +11)
    var lordHowe = new TradingSession(ZoneId.of("Australia/Lord_Howe"), LocalTime.of(0, 0));
    assertThat(SessionBars.step(lordHowe, from, to)).isEqualTo(Timeframe.M1);
  }

  @Test
  void theStoreDefaultAsksForHourBarsAndFoldsThemAtTheSession() {
    List<Timeframe> asked = new ArrayList<>();
    TickStore store = new FixedBars(WINTER_EVENING, asked);
    long from = utc("2024-03-04T20:00:00Z");
    long to = utc("2024-03-05T06:00:00Z");

    assertThat(store.ohlc(FEED, Timeframe.D1, from, to, TradingSession.FX))
        .extracting(Bar::openTimeMillis)
        .containsExactly(utc("2024-03-03T22:00:00Z"), utc("2024-03-04T22:00:00Z"));
    assertThat(store.ohlc(FEED, Timeframe.M5, from, to, TradingSession.FX)).isEmpty();
    assertThat(asked).containsExactly(Timeframe.H1, Timeframe.M5);
  }

  /** Answers ohlc with its H1 bars (nothing for other timeframes) and notes what was asked. */
  private record FixedBars(List<Bar> h1, List<Timeframe> asked) implements TickStore {
    @Override
    public List<Bar> ohlc(FeedId feed, Timeframe tf, long from, long to) {
      asked.add(tf);
      return tf == Timeframe.H1 ? h1 : List.of();
    }

    @Override
    public void appendTicks(List<Tick> ticks) {}

    @Override
    public void appendBars(List<Bar> bars) {}

    @Override
    public void flush() {}

    @Override
    public List<FeedId> feeds(TenantId tenant) {
      return List.of();
    }

    @Override
    public java.util.OptionalLong lastSequence(FeedId feed) {
      return java.util.OptionalLong.empty();
    }

    @Override
    public List<Tick> lastTicks(FeedId feed, int n) {
      return List.of();
    }

    @Override
    public List<Bar> bars(FeedId feed, Timeframe tf, long from, long to) {
      return List.of();
    }

    @Override
    public List<Bar> lastBars(FeedId feed, Timeframe tf, int n) {
      return List.of();
    }
  }
}

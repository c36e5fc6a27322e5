package id.nusatrade.ui.market;

import static id.nusatrade.ui.support.DemoData.ETH_A;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Timeframe;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandleBookTest {
  static final long T0 = 1_678_665_600_000L; // 2023-03-13T00:00:00Z, a minute boundary
  static final long MIN = 60_000;

  final CandleBook book =
      new CandleBook(
          Timeframe.M1,
          100,
          new ChartHistory.Loaded(List.of(new Candle(T0, 10, 12, 9, 11, 40)), Optional.empty()));

  static MarketUpdate tick(long time, double mid) {
    return new MarketUpdate.TickSample(ETH_A, time, mid - 0.5, mid + 0.5);
  }

  static MarketUpdate closed(Timeframe tf, Candle c) {
    return new MarketUpdate.ClosedBar(ETH_A, tf, c);
  }

  @Test
  void samples_in_one_minute_build_the_candle_in_progress() {
    book.apply(tick(T0 + MIN + 1_000, 11.0));
    book.apply(tick(T0 + MIN + 2_000, 13.5));
    book.apply(tick(T0 + MIN + 3_000, 10.5));
    Optional<Candle> last = book.apply(tick(T0 + MIN + 59_999, 12.0));

    assertThat(last).contains(new Candle(T0 + MIN, 11.0, 13.5, 10.5, 12.0, 4));
    assertThat(book.candles()).hasSize(2);
  }

  @Test
  void the_closed_bar_replaces_the_sampled_candle_and_a_later_sample_opens_the_next() {
    book.apply(tick(T0 + MIN + 1_000, 11.0));
    Candle exact = new Candle(T0 + MIN, 11.0, 14.0, 10.0, 12.0, 57);
    assertThat(book.apply(closed(Timeframe.M1, exact))).contains(exact);
    book.apply(tick(T0 + 2 * MIN + 5, 12.25));

    assertThat(book.candles()).extracting(Candle::time).containsExactly(T0, T0 + MIN, T0 + 2 * MIN);
    assertThat(book.closed().getLast()).isEqualTo(exact);
    assertThat(book.candles().getLast()).isEqualTo(Candle.opening(T0 + 2 * MIN, 12.25));
  }

  @Test
  void late_samples_and_bars_of_other_timeframes_change_nothing() {
    assertThat(book.apply(tick(T0 + 30_000, 50.0))).isEmpty(); // inside the closed candle
    assertThat(book.apply(closed(Timeframe.M5, new Candle(T0, 1, 2, 0.5, 1.5, 3)))).isEmpty();
    assertThat(book.candles()).containsExactly(new Candle(T0, 10, 12, 9, 11, 40));
  }

  @Test
  void keeps_at_most_its_capacity_of_closed_candles() {
    CandleBook small = new CandleBook(Timeframe.M1, 2, ChartHistory.Loaded.EMPTY);
    for (int i = 0; i < 5; i++) {
      small.apply(closed(Timeframe.M1, new Candle(T0 + i * MIN, 1, 1, 1, 1, 1)));
    }
    assertThat(small.closed()).extracting(Candle::time).containsExactly(T0 + 3 * MIN, T0 + 4 * MIN);
  }

  @Test
  void a_daily_candle_opens_at_the_sessions_day_start() {
    CandleBook daily =
        new CandleBook(
            Timeframe.D1,
            id.nusatrade.domain.market.TradingSession.FX,
            10,
            ChartHistory.Loaded.EMPTY);
    long t = java.time.Instant.parse("2026-01-14T23:10:00Z").toEpochMilli();

    assertThat(daily.apply(tick(t, 5)))
        .contains(
            Candle.opening(java.time.Instant.parse("2026-01-14T22:00:00Z").toEpochMilli(), 5));
  }
}

package id.nusatrade.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.ui.support.InMemoryTickStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartHistoryTest {
  static final long T0 = 1_678_665_600_000L; // 2023-03-13T00:00:00Z
  static final long MIN = 60_000;
  final InMemoryTickStore store = new InMemoryTickStore();

  ChartHistory at(long now) {
    return new ChartHistory(store, Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));
  }

  @Test
  void closed_bars_then_the_candle_in_progress_from_the_stored_ticks() {
    store.appendBars(
        List.of(
            new Bar("ETHUSD", Timeframe.M1, T0, 10, 12, 9, 11, 40),
            new Bar("ETHUSD", Timeframe.M1, T0 + MIN, 11, 13, 10, 12, 30)));
    store.appendTicks(
        List.of(
            new Tick("ETHUSD", T0 + 2 * MIN + 1, 12, 13, 0, 1, 0),
            new Tick("ETHUSD", T0 + 2 * MIN + 2, 14, 15, 0, 1, 0)));

    ChartHistory.Loaded loaded = at(T0 + 2 * MIN + 30_000).load("ETHUSD", Timeframe.M1, 10);

    assertThat(loaded.closed()).extracting(Candle::time).containsExactly(T0, T0 + MIN);
    assertThat(loaded.inProgress()).contains(new Candle(T0 + 2 * MIN, 12.5, 14.5, 12.5, 14.5, 2));
  }

  @Test
  void a_replayed_history_long_ago_is_found_through_the_newest_stored_tick() {
    store.appendBars(List.of(new Bar("ETHUSD", Timeframe.M5, T0, 10, 12, 9, 11, 4)));
    store.appendTicks(List.of(new Tick("ETHUSD", T0 + 299_999, 10.5, 11.5, 0, 1, 0)));

    ChartHistory.Loaded loaded =
        at(Instant.parse("2026-11-21T10:00:00Z").toEpochMilli()).load("ETHUSD", Timeframe.M5, 10);

    assertThat(loaded.closed()).extracting(Candle::time).containsExactly(T0);
    assertThat(loaded.inProgress()).isEmpty();
  }

  @Test
  void an_unknown_symbol_has_no_history() {
    assertThat(at(T0).load("XAUUSD", Timeframe.M1, 10)).isEqualTo(ChartHistory.Loaded.EMPTY);
  }
}

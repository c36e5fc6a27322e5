package id.nusatrade.ui.market;

import static id.nusatrade.ui.support.DemoData.ETH_A;
import static id.nusatrade.ui.support.DemoData.ETH_B;
import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
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
            new Bar(ETH_A, Timeframe.M1, T0, 10, 12, 9, 11, 40),
            new Bar(ETH_A, Timeframe.M1, T0 + MIN, 11, 13, 10, 12, 30)));
    store.appendTicks(
        List.of(
            new Tick(ETH_A, 1, T0 + 2 * MIN + 1, 12, 13, 0, 1, 0),
            new Tick(ETH_A, 2, T0 + 2 * MIN + 2, 14, 15, 0, 1, 0)));

    ChartHistory.Loaded loaded = at(T0 + 2 * MIN + 30_000).load(ETH_A, Timeframe.M1, 10);

    assertThat(loaded.closed()).extracting(Candle::time).containsExactly(T0, T0 + MIN);
    assertThat(loaded.inProgress()).contains(new Candle(T0 + 2 * MIN, 12.5, 14.5, 12.5, 14.5, 2));
  }

  @Test
  void a_replayed_history_long_ago_is_found_through_the_newest_stored_tick() {
    store.appendBars(List.of(new Bar(ETH_A, Timeframe.M5, T0, 10, 12, 9, 11, 4)));
    store.appendTicks(List.of(new Tick(ETH_A, 1, T0 + 299_999, 10.5, 11.5, 0, 1, 0)));

    ChartHistory.Loaded loaded =
        at(Instant.parse("2026-11-21T10:00:00Z").toEpochMilli()).load(ETH_A, Timeframe.M5, 10);

    assertThat(loaded.closed()).extracting(Candle::time).containsExactly(T0);
    assertThat(loaded.inProgress()).isEmpty();
  }

  @Test
  void a_daily_candle_in_progress_opens_at_the_new_york_close_and_spans_two_utc_days() {
    long sessionOpen = Instant.parse("2023-03-13T21:00:00Z").toEpochMilli(); // 17:00 EDT
    store.appendTicks(
        List.of(
            new Tick(ETH_A, 1, sessionOpen - 1, 1, 2, 0, 1, 0), // the previous session's
            new Tick(ETH_A, 2, sessionOpen + 1_800_000, 10, 11, 0, 1, 0), // 21:30 UTC
            new Tick(ETH_A, 3, sessionOpen + 9_000_000, 12, 13, 0, 1, 0))); // 23:30 UTC, next day
    long now = Instant.parse("2023-03-14T01:00:00Z").toEpochMilli();

    ChartHistory.Loaded loaded = at(now).load(ETH_A, Timeframe.D1, 10);

    assertThat(loaded.inProgress()).contains(new Candle(sessionOpen, 10.5, 12.5, 10.5, 12.5, 2));
    // no stored D1 bar: the previous session's tick is a closed candle from 17:00 EDT on the 12th
    long previousOpen = Instant.parse("2023-03-12T21:00:00Z").toEpochMilli();
    assertThat(loaded.closed()).containsExactly(new Candle(previousOpen, 1.5, 1.5, 1.5, 1.5, 1));
  }

  @Test
  void an_unknown_symbol_has_no_history() {
    assertThat(at(T0).load(new FeedId(ETH_A.tenant(), 80001, "XAUUSD"), Timeframe.M1, 10))
        .isEqualTo(ChartHistory.Loaded.EMPTY);
  }

  @Test
  void another_tenants_feed_of_the_same_symbol_is_not_part_of_the_history() {
    store.appendBars(List.of(new Bar(ETH_B, Timeframe.M1, T0, 90, 92, 89, 91, 40)));
    store.appendTicks(List.of(new Tick(ETH_B, 1, T0 + MIN + 1, 92, 93, 0, 1, 0)));
    store.appendBars(List.of(new Bar(ETH_A, Timeframe.M1, T0, 10, 12, 9, 11, 40)));

    ChartHistory.Loaded loaded = at(T0 + MIN + 30_000).load(ETH_A, Timeframe.M1, 10);

    assertThat(loaded.closed()).containsExactly(new Candle(T0, 10, 12, 9, 11, 40));
    assertThat(loaded.inProgress()).isEmpty();
  }
}

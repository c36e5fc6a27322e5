package id.nusatrade.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.market.indicator.IndicatorValue;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.ui.support.InMemoryTickStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlaysTest {
  static final FeedId FEED =
      new FeedId(TenantId.of("5b1e9c3a-0d2f-4e7a-8b6c-9f0a1d2e3c4b"), 80001, "EURUSD");

  @Test
  void the_choices_are_the_price_overlays_the_gateway_stores_by_default() {
    assertThat(Overlays.CHOICES).containsExactly("sma:20", "ema:20", "bbands:20:2");
  }

  @Test
  void lines_are_the_stored_values_of_the_feed_over_the_closed_candles_and_nothing_else() {
    InMemoryTickStore store = new InMemoryTickStore();
    List<Candle> closed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      closed.add(new Candle(i * 60_000L, 10, 11, 9, 10, 1));
    }
    List<IndicatorValue> values = new ArrayList<>();
    for (int i = -2; i < 7; i++) { // before, over and after the candles
      values.add(new IndicatorValue(FEED, Timeframe.M1, i * 60_000L, "bbands_upper_20_2", 12 + i));
      values.add(new IndicatorValue(FEED, Timeframe.M5, i * 60_000L, "bbands_upper_20_2", -1));
    }
    values.add(new IndicatorValue(FEED, Timeframe.M1, 60_000L, "bbands_lower_20_2", 8));
    store.appendIndicators(values);

    List<Overlays.Line> lines =
        Overlays.read(store, FEED, Timeframe.M1, List.of("bbands:20:2"), closed);

    assertThat(lines)
        .extracting(Overlays.Line::name)
        .containsExactly("bbands_upper_20_2", "bbands_middle_20_2", "bbands_lower_20_2");
    assertThat(lines.get(0).points())
        .extracting(Overlays.Point::value)
        .containsExactly(12.0, 13.0, 14.0, 15.0, 16.0);
    assertThat(lines.get(1).points()).isEmpty();
    assertThat(lines.get(2).points()).containsExactly(new Overlays.Point(60_000L, 8));
  }
}

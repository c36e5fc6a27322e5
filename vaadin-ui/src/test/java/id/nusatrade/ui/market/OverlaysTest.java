package id.nusatrade.ui.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlaysTest {
  @Test
  void sma_20_points_start_at_the_twentieth_candle_and_are_the_mean_of_the_last_twenty_closes() {
    List<Candle> closed = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      double close = 100 + i * i % 7; // any non-trivial series
      closed.add(new Candle(i * 60_000L, close, close + 1, close - 1, close, 10));
    }
    List<Overlays.Line> lines = Overlays.compute(List.of("sma:20"), closed);

    assertThat(lines).extracting(Overlays.Line::name).containsExactly("sma_20");
    List<Overlays.Point> points = lines.getFirst().points();
    assertThat(points).hasSize(6);
    assertThat(points.getFirst().time()).isEqualTo(19 * 60_000L);
    double mean = closed.subList(5, 25).stream().mapToDouble(Candle::close).average().orElseThrow();
    assertThat(points.getLast().value()).isCloseTo(mean, within(1e-9));
  }

  @Test
  void bollinger_bands_give_three_lines() {
    List<Candle> closed = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      closed.add(new Candle(i * 60_000L, 10, 11, 9, 10 + (i % 3), 1));
    }
    assertThat(Overlays.compute(List.of("bbands:20:2"), closed))
        .extracting(Overlays.Line::name)
        .containsExactly("bbands_upper_20_2", "bbands_middle_20_2", "bbands_lower_20_2");
  }
}

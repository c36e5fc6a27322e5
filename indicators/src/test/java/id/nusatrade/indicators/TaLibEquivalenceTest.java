package id.nusatrade.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every TA-Lib-defined indicator, streamed bar by bar, equals TA-Lib's Java port run over the whole
 * series: same first output bar (lookback), NaN before it, values within 1e-9 relative (relative to
 * max(1, |expected|), so values near zero are compared absolutely).
 */
class TaLibEquivalenceTest {
  static final double TOLERANCE = 1e-9;
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.standard();

  static Stream<Arguments> cases() {
    List<Bars> series =
        List.of(
            Bars.apple(),
            Bars.talibReference(),
            Bars.randomWalk(7, 3000),
            Bars.randomWalk(11, 800));
    List<Arguments> cases = new ArrayList<>();
    for (Bars bars : series) {
      for (Map.Entry<String, Function<Bars, double[][]>> e : TaLibOracle.CASES.entrySet()) {
        cases.add(Arguments.of(e.getKey(), bars, e.getValue()));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void streamingValuesEqualTaLib(String token, Bars bars, Function<Bars, double[][]> oracle) {
    double[][] expected = oracle.apply(bars);
    Indicator indicator = REGISTRY.create(token);
    assertThat(indicator.outputs()).isEqualTo(expected.length);
    assertThat(indicator.lookback()).as("lookback").isEqualTo(firstDefined(expected[0]));
    for (int i = 0; i < bars.size(); i++) {
      indicator.update(
          bars.time()[i],
          bars.open()[i],
          bars.high()[i],
          bars.low()[i],
          bars.close()[i],
          bars.volume()[i]);
      assertThat(indicator.ready()).as("ready at bar %d", i).isEqualTo(i >= indicator.lookback());
      for (int o = 0; o < expected.length; o++) {
        check(token, o, i, expected[o][i], indicator.value(o));
      }
    }
  }

  static int firstDefined(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        return i;
      }
    }
    return -1;
  }

  static void check(String token, int output, int bar, double expected, double actual) {
    if (Double.isNaN(expected) != Double.isNaN(actual)
        || Math.abs(actual - expected) > TOLERANCE * Math.max(1.0, Math.abs(expected))) {
      fail(
          "%s output %d at bar %d: expected %s (TA-Lib) but was %s",
          token, output, bar, expected, actual);
    }
  }
}

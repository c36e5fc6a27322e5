package id.nusatrade.indicators;

import static id.nusatrade.indicators.TaLibEquivalenceTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Indicators TA-Lib lacks, checked against plain batch re-computations of their published
 * definitions written here (naive O(n*period) loops over whole arrays, sharing no code with the
 * streaming implementation).
 */
class PublishedDefinitionsTest {
  private static final IndicatorRegistry REGISTRY = IndicatorRegistry.standard();

  static List<Bars> series() {
    return List.of(Bars.apple(), Bars.randomWalk(3, 3000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void donchianIsTheHighestHighAndLowestLowOfTheWindow(Bars b) {
    int p = 20;
    int n = b.size();
    double[][] expected = nan(3, n);
    for (int i = p - 1; i < n; i++) {
      double hi = Double.NEGATIVE_INFINITY;
      double lo = Double.POSITIVE_INFINITY;
      for (int j = i - p + 1; j <= i; j++) {
        hi = Math.max(hi, b.high()[j]);
        lo = Math.min(lo, b.low()[j]);
      }
      expected[0][i] = hi;
      expected[1][i] = (hi + lo) / 2;
      expected[2][i] = lo;
    }
    compare("donchian:20", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void keltnerIsEmaPlusMinusMultipleOfAtr(Bars b) {
    double[] ema = Reference.ema(b.close(), 20);
    double[] atr = Reference.atr(b, 10);
    double[][] expected = nan(3, b.size());
    for (int i = 0; i < b.size(); i++) {
      if (!Double.isNaN(ema[i]) && !Double.isNaN(atr[i])) {
        expected[0][i] = ema[i] + 2 * atr[i];
        expected[1][i] = ema[i];
        expected[2][i] = ema[i] - 2 * atr[i];
      }
    }
    compare("keltner:20:2:10", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void ichimokuLinesAndCloudDisplacedByKijun(Bars b) {
    int n = b.size();
    double[] tenkan = Reference.midpoint(b, 9);
    double[] kijun = Reference.midpoint(b, 26);
    double[] spanB = Reference.midpoint(b, 52);
    double[][] expected = nan(4, n);
    for (int i = 0; i < n; i++) {
      expected[0][i] = tenkan[i];
      expected[1][i] = kijun[i];
      if (i >= 26) {
        expected[2][i] = (tenkan[i - 26] + kijun[i - 26]) / 2;
        expected[3][i] = spanB[i - 26];
      }
    }
    compare("ichimoku:9:26:52", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void vwapRestartsEachUtcDay(Bars b) {
    int n = b.size();
    double[][] expected = nan(1, n);
    for (int i = 0; i < n; i++) {
      long day = Math.floorDiv(b.time()[i], 86_400_000L);
      double pv = 0;
      double v = 0;
      for (int j = i; j >= 0 && Math.floorDiv(b.time()[j], 86_400_000L) == day; j--) {
        pv += (b.high()[j] + b.low()[j] + b.close()[j]) / 3 * b.volume()[j];
        v += b.volume()[j];
      }
      expected[0][i] = v > 0 ? pv / v : Double.NaN;
    }
    compare("vwap", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void hullIsWmaOfTwiceHalfWmaMinusFullWma(Bars b) {
    int p = 16;
    double[] raw = new double[b.size()];
    Arrays.fill(raw, Double.NaN);
    for (int i = p - 1; i < b.size(); i++) {
      raw[i] = 2 * Reference.wma(b.close(), i, p / 2) - Reference.wma(b.close(), i, p);
    }
    double[][] expected = nan(1, b.size());
    for (int i = p - 1 + 4 - 1; i < b.size(); i++) {
      expected[0][i] = Reference.wma(raw, i, 4);
    }
    compare("hma:16", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void zeroLagEmaIsEmaOfDelaggedClose(Bars b) {
    int p = 21;
    int lag = 10;
    double[] delagged = new double[b.size() - lag];
    for (int i = lag; i < b.size(); i++) {
      delagged[i - lag] = 2 * b.close()[i] - b.close()[i - lag];
    }
    double[] ema = Reference.ema(delagged, p);
    double[][] expected = nan(1, b.size());
    System.arraycopy(ema, 0, expected[0], lag, ema.length);
    compare("zlema:21", b, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void superTrendFollowsTradingViewsDefinition(Bars b) {
    compare("supertrend:10:3", b, Reference.superTrend(b, 10, 3));
  }

  private static double[][] nan(int outputs, int n) {
    double[][] values = new double[outputs][n];
    for (double[] row : values) {
      Arrays.fill(row, Double.NaN);
    }
    return values;
  }

  private static void compare(String token, Bars b, double[][] expected) {
    Indicator indicator = REGISTRY.create(token);
    for (int i = 0; i < b.size(); i++) {
      indicator.update(
          b.time()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
      for (int o = 0; o < expected.length; o++) {
        check(token, o, i, expected[o][i], indicator.value(o));
      }
    }
    assertThat(indicator.ready()).isTrue();
  }
}

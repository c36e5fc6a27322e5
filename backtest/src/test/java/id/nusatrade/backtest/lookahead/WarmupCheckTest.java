package id.nusatrade.backtest.lookahead;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.AppleBars;
import id.nusatrade.backtest.strategy.Series;
import id.nusatrade.backtest.strategy.SeriesUsed;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarmupCheckTest {
  private final IndicatorRegistry registry = IndicatorRegistry.standard();
  private static final BarSeries WALK =
      id.nusatrade.backtest.engine.ApiExampleTest.series(
          id.nusatrade.backtest.engine.ApiExampleTest.randomWalk(7, 3000));
  private final BarSeries apple = AppleBars.series();

  private List<WarmupCheck.Finding> check(String token) {
    return check(token, apple);
  }

  private List<WarmupCheck.Finding> check(String token, BarSeries bars) {
    var indicator = registry.create(token);
    List<Series.IndicatorOutput> outputs = new ArrayList<>();
    for (int k = 0; k < indicator.outputs(); k++) {
      outputs.add(new Series.IndicatorOutput(token, k, indicator.names()[k]));
    }
    return new WarmupCheck(registry).check(bars, outputs);
  }

  /** Windowed indicators: no memory beyond their window, so equal right after warm-up. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sma:10",
        "wma:10",
        "trima:10",
        "bbands:20:2",
        "stddev:20",
        "donchian:20",
        "willr:14",
        "cci:20",
        "max:10",
        "min:10",
        "mom:10",
        "roc:10",
        "linearreg:14",
        "trange",
        "midprice:14"
      })
  void windowedIndicatorsDoNotDependOnHistoryBeyondWarmup(String token) {
    BarSeries walk =
        id.nusatrade.backtest.engine.ApiExampleTest.series(
            id.nusatrade.backtest.engine.ApiExampleTest.randomWalk(7, 3000));
    assertThat(check(token, WALK))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.settleBars()).as(f.describe()).isZero());
  }

  /**
   * Recursive indicators carry their seed and forget it geometrically: Wilder's 1/14 smoothing
   * needs about 280 bars to shrink a seed difference below 1e-9, so this uses 3,000 bars of a
   * random walk (Apple's 252 are too few).
   */
  @ParameterizedTest
  @ValueSource(strings = {"ema:10", "rsi:14", "atr:14", "macd:12:26:9", "adx:14"})
  void recursiveIndicatorsSettleAfterAFewBarsMoreThanTheirWarmup(String token) {
    BarSeries walk =
        id.nusatrade.backtest.engine.ApiExampleTest.series(
            id.nusatrade.backtest.engine.ApiExampleTest.randomWalk(7, 3000));
    assertThat(check(token, WALK))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.dependsOnHistory()).as(f.describe()).isFalse();
              assertThat(f.settleBars()).as(f.describe()).isLessThan(400);
            });
    assertThat(check(token, WALK)).anySatisfy(f -> assertThat(f.settleBars()).isPositive());
  }

  @Test
  void recursiveIndicatorsOnShortDataAreStillSettlingNotHistoryDependent() {
    // Apple's 252 bars leave 168 after the later start: too few for Wilder's RSI to reach 1e-9
    assertThat(check("rsi:14"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.stillSettling()).as(f.describe()).isTrue();
              assertThat(f.dependsOnHistory()).isFalse();
              assertThat(f.describe()).contains("still settling");
            });
  }

  @Test
  void cumulativeIndicatorsAreReportedAsHistoryDependent() {
    assertThat(check("obv"))
        .singleElement()
        .satisfies(f -> assertThat(f.dependsOnHistory()).isTrue());
    assertThat(check("obv").getFirst().describe()).contains("DEPENDS ON HOW MUCH HISTORY");
  }

  @Test
  void theStrategysOwnIndicatorsAreTheOnesChecked() {
    var strategy =
        new StrategyFile(registry)
            .parse(
                "name: t\ntimeframe: D1\nentry:\n  long: sma(10) > ema(20) and close > "
                    + "bbands(20,2).upper\nstop_loss:\n  distance: 2 * atr(14)\nsize:\n  units: 1\n");
    assertThat(SeriesUsed.indicators(strategy))
        .extracting(Series.IndicatorOutput::column)
        .containsExactly("sma_10", "ema_20", "bbands_upper_20_2", "atr_14");
  }
}

package id.nusatrade.backtest.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.backtest.engine.ApiExampleTest;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.report.MetricsCalculator;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.backtest.strategy.StrategyTemplate;
import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizerTest {
  static final String TEMPLATE =
      """
      name: sma-cross-search
      timeframe: D1
      parameters:
        fast: {from: 5, to: 15, step: 5}
        slow: {from: 20, to: 40, step: 10, default: 30}
      entry:
        long: sma(${fast}) crosses_above sma(${slow})
      exit:
        long: sma(${fast}) crosses_below sma(${slow})
      size:
        units: 1
      """;

  private final IndicatorRegistry registry = IndicatorRegistry.standard();
  private final StrategyFile files = new StrategyFile(registry);
  private final Backtester backtester =
      new Backtester(
          new FillModel(Costs.NONE), FillMode.NEXT_OPEN, new BigDecimal("100000"), registry);
  private final BarSeries walk = ApiExampleTest.series(ApiExampleTest.randomWalk(11, 2000));

  @Test
  void templateExpandsItsGridAndDefaults() {
    StrategyTemplate t = StrategyTemplate.parse(TEMPLATE);
    assertThat(t.gridSize()).isEqualTo(9);
    assertThat(t.grid())
        .hasSize(9)
        .first()
        .isEqualTo(Map.of("fast", BigDecimal.valueOf(5), "slow", BigDecimal.valueOf(20)));
    assertThat(t.resolve(t.defaults())).contains("sma(5) crosses_above sma(30)");
    assertThat(files.parse(TEMPLATE).name()).isEqualTo("sma-cross-search");
  }

  @Test
  void undeclaredPlaceholderNamesItsLineAndColumn() {
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> files.parse(TEMPLATE.replace("sma(${slow})\nexit", "sma(${slower})\nexit")));
    assertThat(e)
        .isInstanceOf(YamlException.class)
        .hasMessageContaining("line 7, column 40")
        .hasMessageContaining("'${slower}' is not declared");
  }

  @Test
  void foldsTrainBeforeTheyTestAndTheHoldOutComesLast() {
    Optimizer.Outcome o =
        new Optimizer(backtester, files, Objective.SHARPE, 4, 0.2)
            .run(StrategyTemplate.parse(TEMPLATE), walk);
    assertThat(o.folds()).hasSize(4);
    long previousTestTo = Long.MIN_VALUE;
    for (Optimizer.Fold f : o.folds()) {
      assertThat(f.trainTo()).isLessThan(f.testFrom());
      assertThat(f.testFrom()).isGreaterThan(previousTestTo);
      previousTestTo = f.testTo();
    }
    assertThat(o.holdOutBars().size()).isEqualTo(400);
    assertThat(o.holdOutBars().time()[0]).isGreaterThan(previousTestTo);
    assertThat(o.holdOutRun().bars()).isSameAs(o.holdOutBars());
  }

  @Test
  void theChosenParametersAreTheGridsBestOnTheSearchedBarsOnly() {
    StrategyTemplate template = StrategyTemplate.parse(TEMPLATE);
    Optimizer.Outcome o =
        new Optimizer(backtester, files, Objective.TOTAL_RETURN, 3, 0.25).run(template, walk);
    BarSeries searched = walk.slice(0, 1500);
    double best = Double.NEGATIVE_INFINITY;
    Map<String, BigDecimal> bestCombo = null;
    for (Map<String, BigDecimal> combo : template.grid()) {
      double r =
          MetricsCalculator.of(backtester.run(files.parse(template, combo), searched))
              .totalReturn();
      if (r > best) {
        best = r;
        bestCombo = combo;
      }
    }
    assertThat(o.finalPick().parameters()).isEqualTo(bestCombo);
  }

  @Test
  void theSearchNeverSeesTheHeldOutBars() {
    StrategyTemplate template = StrategyTemplate.parse(TEMPLATE);
    Optimizer optimizer = new Optimizer(backtester, files, Objective.SHARPE, 4, 0.2);
    Optimizer.Outcome original = optimizer.run(template, walk);
    BarSeries other =
        walk.withTail(
            1600, ApiExampleTest.series(ApiExampleTest.randomWalk(99, 2000)).slice(1600, 2000));
    Optimizer.Outcome changed = optimizer.run(template, other);
    assertThat(changed.finalPick()).isEqualTo(original.finalPick());
    assertThat(changed.folds()).isEqualTo(original.folds());
    assertThat(changed.holdOutMetrics()).isNotEqualTo(original.holdOutMetrics());
  }
}

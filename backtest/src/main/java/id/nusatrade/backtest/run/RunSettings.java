package id.nusatrade.backtest.run;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.BuyAndHold;
import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.lookahead.LookaheadReport;
import id.nusatrade.backtest.optimize.Optimizer;
import id.nusatrade.backtest.report.MetricsCalculator;
import id.nusatrade.backtest.report.Report;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.indicators.IndicatorRegistry;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.BarSignals;
import id.nusatrade.trading.fill.Costs;
import id.nusatrade.trading.fill.FillModel;
import java.math.BigDecimal;
import java.util.function.IntConsumer;

/**
 * How one backtest runs: the strategy, costs, fill mode, initial equity, the indicator registry and
 * an optional model ({@code null}: none). {@code ./nusatrade backtest} and the platform's {@code
 * /backtests} jobs both go through {@link #run}, so they cannot drift apart.
 */
public record RunSettings(
    Strategy strategy,
    Costs costs,
    FillMode fill,
    BigDecimal equity,
    IndicatorRegistry registry,
    BarSignals model) {

  /** The CLI's default initial equity, and the platform's. */
  public static final BigDecimal DEFAULT_EQUITY = new BigDecimal("100000");

  public Backtester backtester() {
    return new Backtester(new FillModel(costs), fill, equity, registry, model);
  }

  /** The input at the strategy's timeframe: finer bars aggregated, others as they are. */
  public BarSeries atTimeframe(BarSeries input) {
    return input.atTimeframe(strategy.timeframe());
  }

  /**
   * Runs the strategy on {@code bars} (already {@link #atTimeframe at its timeframe}) and reports
   * it beside buy-and-hold; {@code progress} hears each finished bar index.
   */
  public Report run(BarSeries bars, String inputName, int inputBars, IntConsumer progress) {
    Backtester backtester = backtester();
    return report(backtester.run(strategy, bars, progress), inputName, inputBars, null, null);
  }

  /** The same settings with {@code loaded} as the model ({@code null}: none). */
  public RunSettings withModel(BarSignals loaded) {
    return new RunSettings(strategy, costs, fill, equity, registry, loaded);
  }

  /**
   * The report of a finished run (with {@code --optimize}: the held-out run and the search; with
   * {@code --check-lookahead}: the checks' findings).
   */
  public Report report(
      BacktestResult run,
      String inputName,
      int inputBars,
      Optimizer.Outcome optimization,
      LookaheadReport lookahead) {
    BacktestResult hold = BuyAndHold.run(run.bars(), new FillModel(costs), fill, equity);
    return new Report(
        strategy.name(),
        strategy.timeframe().name(),
        inputName,
        inputBars,
        fill.option(),
        costs,
        run,
        MetricsCalculator.of(run),
        hold,
        MetricsCalculator.of(hold),
        optimization,
        lookahead);
  }
}

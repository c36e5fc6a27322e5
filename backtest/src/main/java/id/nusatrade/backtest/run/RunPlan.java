package id.nusatrade.backtest.run;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.lookahead.LookaheadCheck;
import id.nusatrade.backtest.lookahead.LookaheadReport;
import id.nusatrade.backtest.lookahead.WarmupCheck;
import id.nusatrade.backtest.optimize.Optimizer;
import id.nusatrade.backtest.report.Report;
import id.nusatrade.backtest.strategy.SeriesUsed;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.backtest.strategy.StrategyTemplate;
import id.nusatrade.market.bars.BarSeries;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * A whole backtest as {@code ./nusatrade backtest} and the platform's jobs both run it: the
 * look-ahead checks first when asked, then either one run or, with an optimisation, the
 * walk-forward search whose held-out run is the result. {@code strategyText} is the strategy file's
 * text (the search re-reads it with each parameter set). Progress is reported as a fraction of all
 * the backtests the plan makes, each counting equally (a single run moves bar by bar).
 */
public record RunPlan(RunSettings settings, String strategyText, Analysis analysis) {

  /** Only the checks (the command line's {@code --check-lookahead} without a report). */
  public LookaheadReport checkLookahead(BarSeries bars, DoubleConsumer progress) {
    Counter counter = new Counter(LookaheadCheck.runs(bars.size()), progress);
    return lookahead(bars, counter);
  }

  /** Everything the analysis asks for, as one report. */
  public Report run(BarSeries bars, String inputName, int inputBars, DoubleConsumer progress) {
    Optimizer optimizer = analysis.optimize() == null ? null : optimizer();
    StrategyTemplate template = optimizer == null ? null : StrategyTemplate.parse(strategyText);
    long runs =
        (analysis.checkLookahead() ? LookaheadCheck.runs(bars.size()) : 0)
            + (optimizer == null ? 1 : optimizer.runs(template));
    Counter counter = new Counter(runs, progress);
    LookaheadReport lookahead = analysis.checkLookahead() ? lookahead(bars, counter) : null;
    if (optimizer == null) {
      BacktestResult run = settings.backtester().run(settings.strategy(), bars, counter.bars(bars));
      return settings.report(run, inputName, inputBars, null, lookahead);
    }
    Optimizer.Outcome outcome = optimizer.run(template, bars, counter::runDone);
    return settings.report(outcome.holdOutRun(), inputName, inputBars, outcome, lookahead);
  }

  private LookaheadReport lookahead(BarSeries bars, Counter counter) {
    LookaheadCheck.Outcome outcome =
        new LookaheadCheck(settings.backtester())
            .check(settings.strategy(), bars, counter::runDone);
    return new LookaheadReport(
        outcome,
        new WarmupCheck(settings.registry())
            .check(bars, SeriesUsed.indicators(settings.strategy())));
  }

  private Optimizer optimizer() {
    Analysis.Optimization o = analysis.optimize();
    return new Optimizer(
        settings.backtester(),
        new StrategyFile(settings.registry(), settings.model() != null),
        o.objective(),
        o.folds(),
        o.holdOut());
  }

  /** Finished backtests out of all the plan makes, as a fraction. */
  private static final class Counter {
    private final double runs;
    private final DoubleConsumer progress;
    private long done;

    Counter(long runs, DoubleConsumer progress) {
      this.runs = Math.max(1, runs);
      this.progress = progress;
    }

    void runDone() {
      done++;
      progress.accept(Math.min(1.0, done / runs));
    }

    /** Within one run over {@code bars}: bar i finished. */
    IntConsumer bars(BarSeries bars) {
      double n = Math.max(1, bars.size());
      return i -> progress.accept(Math.min(1.0, (done + (i + 1) / n) / runs));
    }
  }
}

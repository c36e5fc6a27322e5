package id.nusatrade.backtest.optimize;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.report.Metrics;
import id.nusatrade.backtest.report.MetricsCalculator;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.backtest.strategy.StrategyFile;
import id.nusatrade.backtest.strategy.StrategyTemplate;
import id.nusatrade.market.bars.BarSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grid search with walk-forward evaluation and a held-out period. The last {@code holdOut} fraction
 * of the bars is cut off first and never shown to the search. The rest is split into {@code folds +
 * 1} equal blocks; fold k searches the grid on blocks 0..k-1 (anchored, expanding) and scores the
 * winner on block k, which it never saw. Finally the grid is searched on all the non-held-out bars
 * and the winner runs once on the held-out period: that run is the result. Each window runs on its
 * own bars from its first bar (indicator warm-up is spent inside the window), so no window reads a
 * bar outside itself.
 */
public final class Optimizer {
  private final Backtester backtester;
  private final StrategyFile files;
  private final Objective objective;
  private final int folds;
  private final double holdOut;

  public Optimizer(
      Backtester backtester, StrategyFile files, Objective objective, int folds, double holdOut) {
    if (folds < 1 || !(holdOut > 0 && holdOut < 1)) {
      throw new IllegalArgumentException("folds >= 1 and 0 < hold-out < 1 required");
    }
    this.backtester = backtester;
    this.files = files;
    this.objective = objective;
    this.folds = folds;
    this.holdOut = holdOut;
  }

  /** The best parameters of one search and its figure on the bars it searched. */
  public record Pick(Map<String, BigDecimal> parameters, double inSample) {}

  /** One walk-forward fold: the window searched, the window scored, and both figures. */
  public record Fold(
      long trainFrom, long trainTo, long testFrom, long testTo, Pick pick, Metrics outOfSample) {}

  /** The whole outcome; {@code holdOutRun} is the honest result. */
  public record Outcome(
      Objective objective,
      long gridSize,
      List<Fold> folds,
      Pick finalPick,
      BarSeries holdOutBars,
      BacktestResult holdOutRun,
      Metrics holdOutMetrics) {

    /** Mean of the folds' out-of-sample figures (undefined ones count as absent). */
    public double walkForwardMean() {
      return folds.stream()
          .mapToDouble(f -> objective.of(f.outOfSample()))
          .filter(Double::isFinite)
          .average()
          .orElse(Double.NaN);
    }
  }

  public Outcome run(StrategyTemplate template, BarSeries bars) {
    return run(template, bars, () -> {});
  }

  /** How many backtests {@link #run} makes: a search per fold and a final one, plus each pick. */
  public long runs(StrategyTemplate template) {
    return (folds + 1) * (template.gridSize() + 1);
  }

  /** As {@link #run(StrategyTemplate, BarSeries)}, calling {@code runDone} after each backtest. */
  public Outcome run(StrategyTemplate template, BarSeries bars, Runnable runDone) {
    int n = bars.size();
    int cut = (int) Math.round(n * (1 - holdOut));
    int block = cut / (folds + 1);
    if (block < 2 || n - cut < 2) {
      throw new IllegalArgumentException(
          n + " bars are too few for " + folds + " folds and a " + holdOut + " hold-out");
    }
    BarSeries searchable = bars.slice(0, cut);
    List<Fold> foldResults = new ArrayList<>();
    for (int k = 1; k <= folds; k++) {
      int trainEnd = k * block;
      int testEnd = k == folds ? cut : trainEnd + block;
      Pick pick = search(template, searchable.slice(0, trainEnd), runDone);
      BarSeries test = searchable.slice(trainEnd, testEnd);
      Metrics oos =
          MetricsCalculator.of(backtester.run(files.parse(template, pick.parameters()), test));
      runDone.run();
      long[] t = bars.time();
      foldResults.add(new Fold(t[0], t[trainEnd - 1], t[trainEnd], t[testEnd - 1], pick, oos));
    }
    Pick pick = search(template, searchable, runDone);
    BarSeries held = bars.slice(cut, n);
    BacktestResult run = backtester.run(files.parse(template, pick.parameters()), held);
    runDone.run();
    return new Outcome(
        objective,
        template.gridSize(),
        List.copyOf(foldResults),
        pick,
        held,
        run,
        MetricsCalculator.of(run));
  }

  private Pick search(StrategyTemplate template, BarSeries bars, Runnable runDone) {
    Pick best = null;
    for (Map<String, BigDecimal> combo : template.grid()) {
      Strategy strategy = files.parse(template, combo);
      double figure = objective.of(MetricsCalculator.of(backtester.run(strategy, bars)));
      runDone.run();
      if (best == null || figure > best.inSample()) {
        best = new Pick(combo, figure);
      }
    }
    return best;
  }
}

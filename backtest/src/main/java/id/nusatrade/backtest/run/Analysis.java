package id.nusatrade.backtest.run;

import id.nusatrade.backtest.optimize.Objective;

/**
 * What a run does beyond running the strategy once: a parameter search ({@code optimize}, null:
 * none) and the look-ahead check. The command line's {@code --optimize} and {@code
 * --check-lookahead} and the platform's request both become one of these.
 */
public record Analysis(Optimization optimize, boolean checkLookahead) {
  /** A plain run. */
  public static final Analysis NONE = new Analysis(null, false);

  /**
   * The search's settings: the figure it maximises, the walk-forward folds (1 to 20) and the share
   * of bars held out at the end (0.05 to 0.5) that the search never sees.
   */
  public record Optimization(Objective objective, int folds, double holdOut) {
    public static final int DEFAULT_FOLDS = 4;
    public static final double DEFAULT_HOLD_OUT = 0.2;

    public Optimization {
      if (objective == null) {
        throw new IllegalArgumentException("objective is required");
      }
      if (folds < 1 || folds > 20) {
        throw new IllegalArgumentException(
            "folds must be a whole number from 1 to 20, got " + folds);
      }
      if (!(holdOut >= 0.05 && holdOut <= 0.5)) {
        throw new IllegalArgumentException(
            "holdout must be a fraction from 0.05 to 0.5, got " + holdOut);
      }
    }

    /** Sharpe, four folds, the last 20 % held out: the command line's defaults. */
    public static Optimization defaults() {
      return new Optimization(Objective.SHARPE, DEFAULT_FOLDS, DEFAULT_HOLD_OUT);
    }
  }
}

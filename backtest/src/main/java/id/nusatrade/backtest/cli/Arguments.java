package id.nusatrade.backtest.cli;

import id.nusatrade.backtest.engine.FillMode;
import id.nusatrade.backtest.optimize.Objective;
import id.nusatrade.backtest.run.Analysis;
import java.math.BigDecimal;
import java.nio.file.Path;

/** The command line of {@link BacktestCommand}. */
record Arguments(
    Path input,
    Path strategy,
    Path model,
    Path costs,
    FillMode fill,
    Path report,
    Path html,
    BigDecimal equity,
    boolean checkLookahead,
    boolean progress,
    Analysis.Optimization optimize,
    boolean help) {

  /** What the run does beyond one backtest. */
  Analysis analysis() {
    return new Analysis(optimize, checkLookahead);
  }

  static final BigDecimal DEFAULT_EQUITY = id.nusatrade.backtest.run.RunSettings.DEFAULT_EQUITY;

  static Arguments parse(String[] args) {
    Path input = null;
    Path strategy = null;
    Path model = null;
    Path costs = null;
    FillMode fill = FillMode.NEXT_OPEN;
    Path report = null;
    Path html = null;
    BigDecimal equity = DEFAULT_EQUITY;
    boolean check = false;
    boolean progress = true;
    boolean optimize = false;
    Objective objective = Objective.SHARPE;
    int folds = Analysis.Optimization.DEFAULT_FOLDS;
    double holdOut = Analysis.Optimization.DEFAULT_HOLD_OUT;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return new Arguments(
              null, null, null, null, fill, null, null, equity, false, false, null, true);
        }
        case "--input" -> input = Path.of(value(args, ++i, arg));
        case "--strategy" -> strategy = Path.of(value(args, ++i, arg));
        case "--model" -> model = Path.of(value(args, ++i, arg));
        case "--costs" -> {
          String v = value(args, ++i, arg);
          costs = v.equals("none") ? null : Path.of(v);
        }
        case "--fill" -> fill = FillMode.parse(value(args, ++i, arg));
        case "--report" -> report = Path.of(value(args, ++i, arg));
        case "--html" -> html = Path.of(value(args, ++i, arg));
        case "--equity" -> equity = equity(value(args, ++i, arg));
        case "--check-lookahead" -> check = true;
        case "--no-progress" -> progress = false;
        case "--optimize" -> optimize = true;
        case "--objective" -> objective = Objective.parse(value(args, ++i, arg));
        case "--folds" -> folds = folds(value(args, ++i, arg));
        case "--holdout" -> holdOut = holdOut(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    if (input == null || strategy == null || (report == null && !check)) {
      throw new IllegalArgumentException("--input, --strategy and --report are required");
    }
    return new Arguments(
        input,
        strategy,
        model,
        costs,
        fill,
        report,
        html,
        equity,
        check,
        progress,
        optimize ? new Analysis.Optimization(objective, folds, holdOut) : null,
        false);
  }

  private static int folds(String text) {
    try {
      int folds = Integer.parseInt(text);
      if (folds >= 1 && folds <= 20) {
        return folds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--folds must be a whole number from 1 to 20, got '" + text + "'");
  }

  private static double holdOut(String text) {
    try {
      double value = Double.parseDouble(text);
      if (value >= 0.05 && value <= 0.5) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--holdout must be a fraction from 0.05 to 0.5, got '" + text + "'");
  }

  private static BigDecimal equity(String text) {
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--equity must be a positive number, got '" + text + "'");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}

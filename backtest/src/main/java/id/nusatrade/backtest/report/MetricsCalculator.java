package id.nusatrade.backtest.report;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Trade;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Computes {@link Metrics} from a run. Per-bar returns run over the equity series {@code [initial,
 * equity at close of bar 0, ..., of the last bar]}; annualisation uses the bars' mean spacing:
 * {@code periodsPerYear = 365.25 days / mean spacing}.
 */
public final class MetricsCalculator {
  static final double YEAR_MILLIS = 365.25 * 24 * 3600 * 1000;

  private MetricsCalculator() {}

  public static Metrics of(BacktestResult run) {
    long[] time = run.bars().time();
    int n = time.length;
    double initial = run.initialEquity().doubleValue();
    double[] series = new double[n + 1];
    series[0] = initial;
    System.arraycopy(run.equity(), 0, series, 1, n);
    double spacing = run.bars().meanSpacingMillis();
    double periodsPerYear = spacing > 0 ? YEAR_MILLIS / spacing : Double.NaN;
    double finalEquity = run.finalEquity().doubleValue();
    double totalReturn = finalEquity / initial - 1;
    double years = n * spacing / YEAR_MILLIS;
    double cagr =
        !(years > 0)
            ? Double.NaN
            : finalEquity <= 0 ? -1 : Math.pow(finalEquity / initial, 1 / years) - 1;
    Drawdown dd = Drawdown.of(series, time);
    double[] ratios = sharpeSortino(series, periodsPerYear);
    List<Trade> trades = run.trades();
    return new Metrics(
        totalReturn,
        cagr,
        ratios[0],
        ratios[1],
        dd.max() > 0 ? cagr / dd.max() : Double.NaN,
        dd.max(),
        dd.peakTime(),
        dd.troughTime(),
        dd.recoveryTime(),
        winRate(trades),
        profitFactor(trades),
        trades.size(),
        n == 0 ? Double.NaN : (double) run.exposedBars() / n,
        trades.isEmpty()
            ? null
            : sum(trades).divide(BigDecimal.valueOf(trades.size()), MathContext.DECIMAL64),
        run.finalEquity().subtract(run.initialEquity()),
        run.finalEquity(),
        periodsPerYear);
  }

  /** {mean / sample sd × √ppy, mean / downside deviation × √ppy}; risk-free rate 0. */
  static double[] sharpeSortino(double[] series, double periodsPerYear) {
    int m = series.length - 1;
    if (m < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double sum = 0;
    double[] r = new double[m];
    for (int t = 0; t < m; t++) {
      r[t] = series[t + 1] / series[t] - 1;
      sum += r[t];
    }
    double mean = sum / m;
    double squares = 0;
    double downside = 0;
    for (double x : r) {
      squares += (x - mean) * (x - mean);
      downside += x < 0 ? x * x : 0;
    }
    double sd = Math.sqrt(squares / (m - 1));
    double dd = Math.sqrt(downside / m);
    double scale = Math.sqrt(periodsPerYear);
    return new double[] {
      sd > 0 ? mean / sd * scale : Double.NaN, dd > 0 ? mean / dd * scale : Double.NaN
    };
  }

  private static double winRate(List<Trade> trades) {
    if (trades.isEmpty()) {
      return Double.NaN;
    }
    long wins = trades.stream().filter(t -> t.pnl().signum() > 0).count();
    return (double) wins / trades.size();
  }

  private static double profitFactor(List<Trade> trades) {
    BigDecimal won = BigDecimal.ZERO;
    BigDecimal lost = BigDecimal.ZERO;
    for (Trade t : trades) {
      if (t.pnl().signum() > 0) {
        won = won.add(t.pnl());
      } else {
        lost = lost.add(t.pnl().negate());
      }
    }
    return lost.signum() == 0 ? Double.NaN : won.divide(lost, MathContext.DECIMAL64).doubleValue();
  }

  private static BigDecimal sum(List<Trade> trades) {
    return trades.stream().map(Trade::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

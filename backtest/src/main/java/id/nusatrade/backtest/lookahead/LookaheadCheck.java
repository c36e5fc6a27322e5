package id.nusatrade.backtest.lookahead;

import id.nusatrade.backtest.engine.BacktestResult;
import id.nusatrade.backtest.engine.Backtester;
import id.nusatrade.backtest.engine.Decision;
import id.nusatrade.backtest.engine.Trade;
import id.nusatrade.backtest.strategy.Strategy;
import id.nusatrade.market.bars.BarSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * Freqtrade's look-ahead analysis, made exact: for several cut bars k, the bars after k are
 * replaced by a mirror image ({@code p' = close[k]² / p}, so every rise becomes a fall and prices
 * stay positive) and the strategy runs again. A strategy that only reads the past decides the same
 * on bars 0..k, closes the same trades by bar k and has the same equity up to k; any difference is
 * reported. Volume after the cut is reversed in order.
 */
public final class LookaheadCheck {
  private static final int CUTS = 8;
  private final Backtester backtester;

  public LookaheadCheck(Backtester backtester) {
    this.backtester = backtester;
  }

  /** The result: every difference found (empty when the strategy never read the future). */
  public record Outcome(int cutsChecked, List<String> differences) {
    public boolean clean() {
      return differences.isEmpty();
    }

    public String describe() {
      if (clean()) {
        return "look-ahead check: no difference before any of "
            + cutsChecked
            + " cut points: decisions and trades use past bars only\n";
      }
      StringBuilder out =
          new StringBuilder(
              "look-ahead check: FAILED, the strategy reads bars after the decision bar\n");
      differences.stream().limit(20).forEach(d -> out.append("  ").append(d).append('\n'));
      if (differences.size() > 20) {
        out.append("  ... and ").append(differences.size() - 20).append(" more\n");
      }
      return out.toString();
    }
  }

  public Outcome check(Strategy strategy, BarSeries bars) {
    return check(strategy, bars, () -> {});
  }

  /** As {@link #check(Strategy, BarSeries)}, calling {@code runDone} after each of its runs. */
  public Outcome check(Strategy strategy, BarSeries bars, Runnable runDone) {
    BacktestResult base = backtester.run(strategy, bars);
    runDone.run();
    List<String> differences = new ArrayList<>();
    int[] cuts = cuts(bars.size());
    for (int cut : cuts) {
      BacktestResult other = backtester.run(strategy, bars.withTail(cut + 1, mirror(bars, cut)));
      compare(base, other, cut, differences);
      runDone.run();
    }
    return new Outcome(cuts.length, List.copyOf(differences));
  }

  /** How many runs {@link #check} makes on {@code bars} bars: one, and one per cut. */
  public static int runs(int bars) {
    return 1 + cuts(bars).length;
  }

  /** The cut bars: evenly spread, each with at least one bar before and after it. */
  static int[] cuts(int n) {
    return java.util.stream.IntStream.rangeClosed(1, CUTS)
        .map(c -> (int) ((long) (n - 2) * c / (CUTS + 1)))
        .filter(cut -> cut >= 1 && cut < n - 1)
        .toArray();
  }

  /** Bars after {@code cut}, mirrored around the close of bar {@code cut}. */
  static BarSeries mirror(BarSeries bars, int cut) {
    BarSeries tail = bars.slice(cut + 1, bars.size());
    double pivot = bars.close()[cut];
    double square = pivot * pivot;
    int m = tail.size();
    double[] open = new double[m];
    double[] high = new double[m];
    double[] low = new double[m];
    double[] close = new double[m];
    double[] volume = new double[m];
    for (int i = 0; i < m; i++) {
      open[i] = square / tail.open()[i];
      high[i] = square / tail.low()[i];
      low[i] = square / tail.high()[i];
      close[i] = square / tail.close()[i];
      volume[i] = tail.volume()[m - 1 - i];
    }
    return new BarSeries(tail.time(), open, high, low, close, volume);
  }

  private static void compare(BacktestResult a, BacktestResult b, int cut, List<String> out) {
    long cutTime = a.bars().time()[cut];
    String where = "cut after bar " + cut + " (time " + cutTime + "): ";
    for (int i = 0; i <= cut; i++) {
      if (a.signals()[i] != b.signals()[i]) {
        out.add(
            where
                + "rule values at bar "
                + i
                + " (time "
                + a.bars().time()[i]
                + ") differ: "
                + Signals.describe(a.signals()[i])
                + " vs "
                + Signals.describe(b.signals()[i]));
        break;
      }
    }
    List<Decision> da = a.decisions().stream().filter(d -> d.bar() <= cut).toList();
    List<Decision> db = b.decisions().stream().filter(d -> d.bar() <= cut).toList();
    if (!da.equals(db)) {
      out.add(where + "decisions differ: " + firstDifference(da, db));
    }
    List<Trade> ta = a.trades().stream().filter(t -> t.exitBar() <= cut).toList();
    List<Trade> tb = b.trades().stream().filter(t -> t.exitBar() <= cut).toList();
    if (!ta.equals(tb)) {
      out.add(where + "trades closed by the cut differ: " + firstDifference(ta, tb));
    }
    for (int i = 0; i <= cut; i++) {
      if (Double.compare(a.equity()[i], b.equity()[i]) != 0) {
        out.add(
            where + "equity at bar " + i + " differs: " + a.equity()[i] + " vs " + b.equity()[i]);
        break;
      }
    }
  }

  private static <T> String firstDifference(List<T> a, List<T> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      T x = i < a.size() ? a.get(i) : null;
      T y = i < b.size() ? b.get(i) : null;
      if (x == null || !x.equals(y)) {
        return "original " + x + ", with other future data " + y;
      }
    }
    return "none";
  }
}

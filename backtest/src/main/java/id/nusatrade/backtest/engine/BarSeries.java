package id.nusatrade.backtest.engine;

import id.nusatrade.domain.market.Timeframe;
import java.util.Arrays;

/**
 * A bar series as primitive columns (time = bar open in epoch milliseconds, strictly increasing),
 * the shape indicators and the backtester read fastest.
 */
public record BarSeries(
    long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

  public BarSeries {
    int n = time.length;
    if (open.length != n
        || high.length != n
        || low.length != n
        || close.length != n
        || volume.length != n) {
      throw new IllegalArgumentException("bar columns differ in length");
    }
  }

  public int size() {
    return time.length;
  }

  /** Mean spacing between bar times in milliseconds (0 for fewer than two bars). */
  public double meanSpacingMillis() {
    int n = size();
    return n < 2 ? 0 : (double) (time[n - 1] - time[0]) / (n - 1);
  }

  /** Median spacing between consecutive bars: the input's own timeframe, gaps aside. */
  public long medianSpacingMillis() {
    int n = size();
    if (n < 2) {
      return 0;
    }
    long[] gaps = new long[n - 1];
    for (int i = 1; i < n; i++) {
      gaps[i - 1] = time[i] - time[i - 1];
    }
    Arrays.sort(gaps);
    return gaps[gaps.length / 2];
  }

  /**
   * Bars at {@code timeframe}: the series itself when its bars are already that long or longer,
   * otherwise aggregated into UTC-aligned buckets (first open, highest high, lowest low, last
   * close, summed volume; a bucket's time is its start).
   */
  public BarSeries atTimeframe(Timeframe timeframe) {
    long spacing = medianSpacingMillis();
    if (size() < 2 || spacing >= timeframe.millis()) {
      return this;
    }
    int n = size();
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    int k = -1;
    for (int i = 0; i < n; i++) {
      long bucket = timeframe.openTimeOf(time[i]);
      if (k < 0 || bucket != t[k]) {
        k++;
        t[k] = bucket;
        o[k] = open[i];
        h[k] = high[i];
        l[k] = low[i];
        v[k] = 0;
      }
      h[k] = Math.max(h[k], high[i]);
      l[k] = Math.min(l[k], low[i]);
      c[k] = close[i];
      v[k] += volume[i];
    }
    int m = k + 1;
    return new BarSeries(
        Arrays.copyOf(t, m),
        Arrays.copyOf(o, m),
        Arrays.copyOf(h, m),
        Arrays.copyOf(l, m),
        Arrays.copyOf(c, m),
        Arrays.copyOf(v, m));
  }

  /** The first {@code count} bars followed by {@code tail}'s bars (the look-ahead check's swap). */
  public BarSeries withTail(int count, BarSeries tail) {
    int m = count + tail.size();
    BarSeries out =
        new BarSeries(
            Arrays.copyOf(time, m),
            Arrays.copyOf(open, m),
            Arrays.copyOf(high, m),
            Arrays.copyOf(low, m),
            Arrays.copyOf(close, m),
            Arrays.copyOf(volume, m));
    System.arraycopy(tail.time, 0, out.time, count, tail.size());
    System.arraycopy(tail.open, 0, out.open, count, tail.size());
    System.arraycopy(tail.high, 0, out.high, count, tail.size());
    System.arraycopy(tail.low, 0, out.low, count, tail.size());
    System.arraycopy(tail.close, 0, out.close, count, tail.size());
    System.arraycopy(tail.volume, 0, out.volume, count, tail.size());
    return out;
  }

  /** Bars {@code from} (inclusive) to {@code to} (exclusive). */
  public BarSeries slice(int from, int to) {
    return new BarSeries(
        Arrays.copyOfRange(time, from, to),
        Arrays.copyOfRange(open, from, to),
        Arrays.copyOfRange(high, from, to),
        Arrays.copyOfRange(low, from, to),
        Arrays.copyOfRange(close, from, to),
        Arrays.copyOfRange(volume, from, to));
  }
}

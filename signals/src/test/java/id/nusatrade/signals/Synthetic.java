package id.nusatrade.signals;

import id.nusatrade.market.bars.BarSeries;
import java.util.Random;

/** Seeded synthetic hourly bar series for tests. */
public final class Synthetic {
  private Synthetic() {}

  /** A geometric random walk: nothing about the next bar is predictable. */
  public static BarSeries randomWalk(long seed, int n) {
    return series(seed, n, 0, 0, 1_700_000_000_000L);
  }

  /**
   * Mean reversion planted: each bar's expected log return is {@code -pull} × log(close / SMA 20)
   * of the previous bar, so the distance to the average predicts the next move while the past
   * move's sign (the persistence baseline) does not.
   */
  public static BarSeries meanReverting(long seed, int n, double pull) {
    return series(seed, n, pull, 0, 1_700_000_000_000L);
  }

  public static BarSeries series(long seed, int n, double pull, int skip, long start) {
    Random random = new Random(seed);
    BarSeries.Builder b = new BarSeries.Builder();
    double[] closes = new double[n];
    double price = 100;
    for (int i = 0; i < n; i++) {
      double drift = 0;
      if (i >= 20) {
        double sma = 0;
        for (int k = i - 20; k < i; k++) {
          sma += closes[k];
        }
        drift = -pull * Math.log(closes[i - 1] / (sma / 20));
      }
      double open = price;
      double close = open * Math.exp(drift + 0.01 * random.nextGaussian());
      double high = Math.max(open, close) * (1 + 0.003 * Math.abs(random.nextGaussian()));
      double low = Math.min(open, close) * (1 - 0.003 * Math.abs(random.nextGaussian()));
      b.add(start + i * 3_600_000L, open, high, low, close, 100 + random.nextInt(900));
      closes[i] = close;
      price = close;
    }
    return b.build();
  }
}

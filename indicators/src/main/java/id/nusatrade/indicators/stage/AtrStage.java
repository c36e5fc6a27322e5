package id.nusatrade.indicators.stage;

import id.nusatrade.indicators.TaLib;

/**
 * TA-Lib's ATR: true ranges from the second bar, their plain mean over the first {@code period} as
 * the seed, then Wilder's {@code (prev * (period - 1) + tr) / period}. Defined from bar {@code
 * period}.
 */
public final class AtrStage {
  private final int period;
  private long bars;
  private double prevClose;
  private double atr = Double.NaN;
  private double seedSum;

  public AtrStage(int period) {
    this.period = period;
  }

  /** Feeds one bar; the ATR once defined, else {@code NaN}. */
  public double next(double high, double low, double close) {
    long n = bars++;
    double tr = n == 0 ? Double.NaN : TaLib.trueRange(high, low, prevClose);
    prevClose = close;
    if (n == 0) {
      return Double.NaN;
    }
    if (n <= period) {
      seedSum += tr;
      if (n == period) {
        atr = seedSum / period;
      }
      return atr;
    }
    atr *= period - 1;
    atr += tr;
    atr /= period;
    return atr;
  }

  public void clear() {
    bars = 0;
    prevClose = 0;
    atr = Double.NaN;
    seedSum = 0;
  }
}

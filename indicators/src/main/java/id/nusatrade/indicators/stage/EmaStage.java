package id.nusatrade.indicators.stage;

import id.nusatrade.indicators.TaLib;

/**
 * TA-Lib's EMA ({@code TA_INT_EMA}, default compatibility): seeded with the SMA of the first {@code
 * period} values, then {@code prev + (x - prev) * k}.
 */
public final class EmaStage {
  private final int period;
  private final double k;
  private int seen;
  private double value = Double.NaN;

  public EmaStage(int period) {
    this(period, TaLib.perToK(period));
  }

  public EmaStage(int period, double k) {
    this.period = period;
    this.k = k;
  }

  /** Feeds one value; the EMA once seeded, else {@code NaN}. */
  public double next(double x) {
    if (seen < period) {
      value = seen == 0 ? x : value + x;
      seen++;
      if (seen < period) {
        return Double.NaN;
      }
      value = value / period;
      return value;
    }
    value = ((x - value) * k) + value;
    return value;
  }

  public boolean ready() {
    return seen >= period;
  }

  public void clear() {
    seen = 0;
    value = Double.NaN;
  }
}

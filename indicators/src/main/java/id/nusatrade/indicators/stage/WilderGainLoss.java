package id.nusatrade.indicators.stage;

/**
 * Wilder's smoothed average gain and loss as TA-Lib's RSI and CMO compute them: the plain mean of
 * the first {@code period} changes, then {@code (prev * (period - 1) + change) / period}.
 */
public final class WilderGainLoss {
  private final int period;
  private long seen;
  private double prev;
  private double gain;
  private double loss;

  public WilderGainLoss(int period) {
    this.period = period;
  }

  /** Feeds one value; true once the averages are defined (after {@code period} changes). */
  public boolean next(double x) {
    if (seen++ == 0) {
      prev = x;
      return false;
    }
    double change = x - prev;
    prev = x;
    long changes = seen - 1;
    if (changes <= period) {
      accumulate(change);
      if (changes == period) {
        loss /= period;
        gain /= period;
        return true;
      }
      return false;
    }
    loss *= (period - 1);
    gain *= (period - 1);
    accumulate(change);
    loss /= period;
    gain /= period;
    return true;
  }

  private void accumulate(double change) {
    if (change < 0) {
      loss -= change;
    } else {
      gain += change;
    }
  }

  public double gain() {
    return gain;
  }

  public double loss() {
    return loss;
  }

  public void clear() {
    seen = 0;
    prev = 0;
    gain = 0;
    loss = 0;
  }
}

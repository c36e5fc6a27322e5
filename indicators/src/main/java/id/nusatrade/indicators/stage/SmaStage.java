package id.nusatrade.indicators.stage;

/**
 * TA-Lib's SMA recurrence: add the new value, divide, then drop the value leaving the window.
 * {@link #sum()} gives the window total (TA-Lib's SUM) before the drop.
 */
public final class SmaStage {
  private final int period;
  private final RingBuffer window;
  private double total;
  private double lastSum = Double.NaN;

  public SmaStage(int period) {
    this.period = period;
    this.window = new RingBuffer(period);
  }

  /** Feeds one value; the mean once {@code period} values were seen, else {@code NaN}. */
  public double next(double value) {
    window.push(value);
    total += value;
    if (!window.full()) {
      return Double.NaN;
    }
    lastSum = total;
    double mean = total / period;
    total -= window.get(period - 1);
    return mean;
  }

  /** The window total at the last {@link #next} (NaN before the window filled). */
  public double sum() {
    return lastSum;
  }

  public boolean ready() {
    return window.full();
  }

  public void clear() {
    window.clear();
    total = 0;
    lastSum = Double.NaN;
  }
}

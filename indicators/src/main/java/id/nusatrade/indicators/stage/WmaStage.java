package id.nusatrade.indicators.stage;

/** TA-Lib's WMA recurrence (running weighted sum and plain sum, linear weights 1..period). */
public final class WmaStage {
  private final int period;
  private final double divider;
  private final RingBuffer window;
  private double periodSum;
  private double periodSub;
  private double trailing;

  public WmaStage(int period) {
    this.period = period;
    this.divider = (period * (period + 1)) >> 1;
    this.window = new RingBuffer(period);
  }

  public double next(double x) {
    window.push(x);
    long n = window.count();
    if (n < period) {
      periodSub += x;
      periodSum += x * n;
      return Double.NaN;
    }
    periodSub += x;
    periodSub -= trailing;
    periodSum += x * period;
    trailing = window.get(period - 1);
    double wma = periodSum / divider;
    periodSum -= periodSub;
    return wma;
  }

  public boolean ready() {
    return window.full();
  }

  public void clear() {
    window.clear();
    periodSum = 0;
    periodSub = 0;
    trailing = 0;
  }
}

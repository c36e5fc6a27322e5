package id.nusatrade.signals.features;

import id.nusatrade.indicators.Indicator;

/**
 * {@code cross:A/B} (for example {@code cross:sma:10/sma:30}) gives two columns: {@code cross_…} is
 * +1 on the bar where A's first output crosses above B's, −1 where it crosses below, 0 otherwise;
 * {@code above_…} is +1 while A is above B, −1 below.
 */
final class CrossFeature implements Feature {
  private final Indicator fast;
  private final Indicator slow;
  private final String name;
  private double previous = Double.NaN;
  private double cross = Double.NaN;
  private double above = Double.NaN;

  CrossFeature(Indicator fast, Indicator slow) {
    this.fast = fast;
    this.slow = slow;
    this.name = fast.names()[0] + "_" + slow.names()[0];
  }

  @Override
  public String[] names() {
    return new String[] {"cross_" + name, "above_" + name};
  }

  @Override
  public int warmUp() {
    return Math.max(fast.lookback(), slow.lookback()) + 1;
  }

  @Override
  public void update(BarHistory h, long time, double o, double hi, double lo, double c, double v) {
    fast.update(time, o, hi, lo, c, v);
    slow.update(time, o, hi, lo, c, v);
    double diff = fast.value(0) - slow.value(0);
    if (Double.isNaN(diff)) {
      cross = above = Double.NaN;
    } else {
      above = diff > 0 ? 1 : -1;
      cross =
          Double.isNaN(previous)
              ? Double.NaN
              : (previous <= 0 && diff > 0) ? 1 : (previous >= 0 && diff < 0) ? -1 : 0;
    }
    previous = diff;
  }

  @Override
  public void write(double[] dest, int offset) {
    dest[offset] = cross;
    dest[offset + 1] = above;
  }

  @Override
  public void reset() {
    fast.reset();
    slow.reset();
    previous = cross = above = Double.NaN;
  }
}

package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;

/**
 * Wilder's parabolic SAR exactly as TA-Lib's SAR: the first direction comes from the -DM of the
 * first two bars, the first stop is the prior bar's extreme, and a reversal restarts the
 * acceleration factor.
 */
public final class ParabolicSar extends BarIndicator {
  private final double acceleration;
  private final double maximum;
  private long bar = -1;
  private boolean isLong;
  private double af;
  private double ep;
  private double sar;
  private double newHigh;
  private double newLow;

  public ParabolicSar(double acceleration, double maximum) {
    super(Names.single("sar", acceleration, maximum), 1);
    this.acceleration = Math.min(acceleration, maximum);
    this.maximum = maximum;
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    bar++;
    if (bar == 0) {
      newHigh = high;
      newLow = low;
      return;
    }
    if (bar == 1) {
      start(high, low);
    }
    double prevLow = newLow;
    double prevHigh = newHigh;
    newLow = low;
    newHigh = high;
    out[0] = isLong ? longStep(prevLow, prevHigh) : shortStep(prevLow, prevHigh);
  }

  private void start(double high, double low) {
    double diffP = high - newHigh;
    double diffM = newLow - low;
    isLong = !(diffM > 0 && diffP < diffM);
    af = acceleration;
    ep = isLong ? high : low;
    sar = isLong ? newLow : newHigh;
    newLow = low;
    newHigh = high;
  }

  private double longStep(double prevLow, double prevHigh) {
    if (newLow <= sar) {
      isLong = false;
      double reported = Math.max(Math.max(ep, prevHigh), newHigh);
      af = acceleration;
      ep = newLow;
      sar = Math.max(Math.max(reported + af * (ep - reported), prevHigh), newHigh);
      return reported;
    }
    double reported = sar;
    if (newHigh > ep) {
      ep = newHigh;
      af = Math.min(af + acceleration, maximum);
    }
    sar = Math.min(Math.min(sar + af * (ep - sar), prevLow), newLow);
    return reported;
  }

  private double shortStep(double prevLow, double prevHigh) {
    if (newHigh >= sar) {
      isLong = true;
      double reported = Math.min(Math.min(ep, prevLow), newLow);
      af = acceleration;
      ep = newHigh;
      sar = Math.min(Math.min(reported + af * (ep - reported), prevLow), newLow);
      return reported;
    }
    double reported = sar;
    if (newLow < ep) {
      ep = newLow;
      af = Math.min(af + acceleration, maximum);
    }
    sar = Math.max(Math.max(sar + af * (ep - sar), prevHigh), newHigh);
    return reported;
  }

  @Override
  protected void clear() {
    bar = -1;
    isLong = false;
    af = 0;
    ep = 0;
    sar = 0;
    newHigh = 0;
    newLow = 0;
  }
}

package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.RingBuffer;
import java.util.Locale;

/**
 * Least-squares line over the last {@code period} closes (TA-Lib LINEARREG, _SLOPE, _INTERCEPT,
 * _ANGLE and TSF), with TA-Lib's x axis (bars back from today). TA-Lib re-sums the window each bar;
 * here the sums slide in O(1) and are re-summed exactly once per {@code period} bars so rounding
 * cannot drift.
 */
public final class LinearRegression extends CloseIndicator {
  /** Which value of the fitted line. */
  public enum Kind {
    LINEARREG,
    LINEARREG_SLOPE,
    LINEARREG_INTERCEPT,
    LINEARREG_ANGLE,
    TSF
  }

  private final Kind kind;
  private final int period;
  private final double sumX;
  private final double divisor;
  private final RingBuffer closes;
  private double sumY;
  private double sumXy;

  public LinearRegression(Kind kind, int period) {
    super(Names.single(kind.name().toLowerCase(Locale.ROOT), period), period - 1);
    this.kind = kind;
    this.period = period;
    this.sumX = period * (period - 1) * 0.5;
    double sumXSqr = period * (period - 1) * (2 * period - 1) / 6;
    this.divisor = sumX * sumX - period * sumXSqr;
    this.closes = new RingBuffer(period);
  }

  @Override
  protected void onClose(double close) {
    double leaving = closes.full() ? closes.get(period - 1) : 0.0;
    closes.push(close);
    if (closes.count() % period == 0) {
      resum();
    } else {
      sumXy = sumXy + sumY - period * leaving;
      sumY = sumY - leaving + close;
    }
    if (closes.full()) {
      out[0] = fit();
    }
  }

  private void resum() {
    sumY = 0;
    sumXy = 0;
    for (int i = period; i-- != 0; ) {
      double y = closes.get(i);
      sumY += y;
      sumXy += (double) i * y;
    }
  }

  private double fit() {
    double m = (period * sumXy - sumX * sumY) / divisor;
    double b = (sumY - m * sumX) / period;
    return switch (kind) {
      case LINEARREG -> b + m * (double) (period - 1);
      case LINEARREG_SLOPE -> m;
      case LINEARREG_INTERCEPT -> b;
      case LINEARREG_ANGLE -> Math.atan(m) * (180.0 / Math.PI);
      case TSF -> b + m * (double) period;
    };
  }

  @Override
  protected void clear() {
    closes.clear();
    sumY = 0;
    sumXy = 0;
  }
}

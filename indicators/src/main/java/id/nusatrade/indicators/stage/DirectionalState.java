package id.nusatrade.indicators.stage;

import id.nusatrade.indicators.TaLib;

/**
 * Wilder's smoothed +DM, -DM and true range exactly as TA-Lib's ADX family keeps them: plain sums
 * over the first {@code period - 1} moves, then {@code prev - prev / period + today}. {@link
 * #bar()} tells which bar (0-based) was fed last.
 */
public final class DirectionalState {
  private final int period;
  private long bar = -1;
  private double prevHigh;
  private double prevLow;
  private double prevClose;
  private double plusDm;
  private double minusDm;
  private double tr;

  public DirectionalState(int period) {
    this.period = period;
  }

  public void next(double high, double low, double close) {
    bar++;
    if (bar > 0) {
      move(high, low);
    }
    prevHigh = high;
    prevLow = low;
    prevClose = close;
  }

  private void move(double high, double low) {
    double diffP = high - prevHigh;
    double diffM = prevLow - low;
    double range = TaLib.trueRange(high, low, prevClose);
    boolean smoothing = bar >= period;
    if (smoothing) {
      minusDm -= minusDm / period;
      plusDm -= plusDm / period;
    }
    if (diffM > 0 && diffP < diffM) {
      minusDm += diffM;
    } else if (diffP > 0 && diffP > diffM) {
      plusDm += diffP;
    }
    tr = smoothing ? tr - (tr / period) + range : tr + range;
  }

  public long bar() {
    return bar;
  }

  public double plusDm() {
    return plusDm;
  }

  public double minusDm() {
    return minusDm;
  }

  /** +DI, or 0 when the smoothed true range is zero. */
  public double plusDi() {
    return TaLib.isZero(tr) ? 0.0 : 100.0 * (plusDm / tr);
  }

  public double minusDi() {
    return TaLib.isZero(tr) ? 0.0 : 100.0 * (minusDm / tr);
  }

  /** DX, or NaN when TA-Lib would keep the previous value (zero range or zero DI sum). */
  public double dx() {
    if (TaLib.isZero(tr)) {
      return Double.NaN;
    }
    double minusDi = 100.0 * (minusDm / tr);
    double plusDi = 100.0 * (plusDm / tr);
    double sum = minusDi + plusDi;
    return TaLib.isZero(sum) ? Double.NaN : 100.0 * (Math.abs(minusDi - plusDi) / sum);
  }

  public void clear() {
    bar = -1;
    prevHigh = 0;
    prevLow = 0;
    prevClose = 0;
    plusDm = 0;
    minusDm = 0;
    tr = 0;
  }
}

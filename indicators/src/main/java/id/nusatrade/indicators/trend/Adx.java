package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.DirectionalState;

/**
 * Average directional index (TA-Lib ADX): the mean of the first {@code period} DX values, then
 * Wilder-smoothed; a bar whose DX is undefined leaves the ADX unchanged, as in TA-Lib.
 */
public final class Adx extends BarIndicator {
  private final int period;
  private final DirectionalState state;
  private double sumDx;
  private double adx = Double.NaN;

  public Adx(int period) {
    super(Names.single("adx", period), 2 * period - 1);
    this.period = period;
    this.state = new DirectionalState(period);
  }

  /** For ADXR: the ADX after this bar (NaN before its lookback). */
  double next(double high, double low, double close) {
    state.next(high, low, close);
    long bar = state.bar();
    if (bar < period) {
      return Double.NaN;
    }
    double dx = state.dx();
    if (bar < 2L * period) {
      sumDx += Double.isNaN(dx) ? 0.0 : dx;
      if (bar == 2L * period - 1) {
        adx = sumDx / period;
      }
      return adx;
    }
    if (!Double.isNaN(dx)) {
      adx = ((adx * (period - 1)) + dx) / period;
    }
    return adx;
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    out[0] = next(high, low, close);
  }

  @Override
  protected void clear() {
    state.clear();
    sumDx = 0;
    adx = Double.NaN;
  }
}

package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.TaLib;

/** True range (TA-Lib TRANGE), defined from the second bar. */
public final class TrueRange extends BarIndicator {
  private boolean started;
  private double prevClose;

  public TrueRange() {
    super(new String[] {"trange"}, 1);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    if (started) {
      out[0] = TaLib.trueRange(high, low, prevClose);
    }
    started = true;
    prevClose = close;
  }

  @Override
  protected void clear() {
    started = false;
    prevClose = 0;
  }
}

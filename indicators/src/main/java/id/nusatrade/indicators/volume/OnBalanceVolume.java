package id.nusatrade.indicators.volume;

import id.nusatrade.indicators.BarIndicator;

/** On-balance volume (TA-Lib OBV): starts at the first bar's volume. */
public final class OnBalanceVolume extends BarIndicator {
  private boolean started;
  private double prevClose;
  private double obv;

  public OnBalanceVolume() {
    super(new String[] {"obv"}, 0);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    if (!started) {
      started = true;
      obv = vol;
    } else if (close > prevClose) {
      obv += vol;
    } else if (close < prevClose) {
      obv -= vol;
    }
    prevClose = close;
    out[0] = obv;
  }

  @Override
  protected void clear() {
    started = false;
    prevClose = 0;
    obv = 0;
  }
}

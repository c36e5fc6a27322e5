package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.WilderGainLoss;

/** Wilder's relative strength index, computed as {@code 100 * gain / (gain + loss)} (TA-Lib). */
public final class Rsi extends CloseIndicator {
  private final WilderGainLoss averages;

  public Rsi(int period) {
    super(Names.single("rsi", period), period);
    averages = new WilderGainLoss(period);
  }

  @Override
  protected void onClose(double close) {
    if (averages.next(close)) {
      out[0] = of(averages);
    }
  }

  static double of(WilderGainLoss averages) {
    double sum = averages.gain() + averages.loss();
    return TaLib.isZero(sum) ? 0.0 : 100.0 * (averages.gain() / sum);
  }

  @Override
  protected void clear() {
    averages.clear();
  }
}

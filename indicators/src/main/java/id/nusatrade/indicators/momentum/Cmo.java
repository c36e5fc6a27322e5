package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.WilderGainLoss;

/**
 * Chande momentum oscillator as TA-Lib computes it: on Wilder-smoothed gains and losses (like its
 * RSI), {@code 100 * (gain - loss) / (gain + loss)}.
 */
public final class Cmo extends CloseIndicator {
  private final WilderGainLoss averages;

  public Cmo(int period) {
    super(Names.single("cmo", period), period);
    averages = new WilderGainLoss(period);
  }

  @Override
  protected void onClose(double close) {
    if (averages.next(close)) {
      double gain = averages.gain();
      double loss = averages.loss();
      double sum = gain + loss;
      out[0] = TaLib.isZero(sum) ? 0.0 : 100.0 * ((gain - loss) / sum);
    }
  }

  @Override
  protected void clear() {
    averages.clear();
  }
}

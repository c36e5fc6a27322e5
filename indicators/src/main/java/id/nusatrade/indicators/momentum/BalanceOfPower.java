package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.TaLib;

/** Balance of power (TA-Lib BOP): {@code (close - open) / (high - low)}, 0 on a flat bar. */
public final class BalanceOfPower extends BarIndicator {
  public BalanceOfPower() {
    super(new String[] {"bop"}, 0);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double range = high - low;
    out[0] = TaLib.isZeroOrNeg(range) ? 0.0 : (close - open) / range;
  }

  @Override
  protected void clear() {}
}

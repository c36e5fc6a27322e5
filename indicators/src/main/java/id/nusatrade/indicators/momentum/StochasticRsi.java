package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.FastStochasticStage;
import id.nusatrade.indicators.stage.SmaStage;
import id.nusatrade.indicators.stage.WilderGainLoss;

/** Stochastic RSI (TA-Lib STOCHRSI): the fast stochastic (SMA %D) of the RSI series. */
public final class StochasticRsi extends CloseIndicator {
  private final WilderGainLoss rsi;
  private final FastStochasticStage raw;
  private final SmaStage fastD;

  public StochasticRsi(int period, int fastK, int fastD) {
    super(
        Names.multi("stochrsi", new String[] {"k", "d"}, period, fastK, fastD),
        period + fastK - 1 + fastD - 1);
    rsi = new WilderGainLoss(period);
    raw = new FastStochasticStage(fastK);
    this.fastD = new SmaStage(fastD);
  }

  @Override
  protected void onClose(double close) {
    if (!rsi.next(close)) {
      return;
    }
    double r = Rsi.of(rsi);
    double k = raw.next(r, r, r);
    if (!Double.isNaN(k)) {
      double d = fastD.next(k);
      if (fastD.ready()) {
        out[0] = k;
        out[1] = d;
      }
    }
  }

  @Override
  protected void clear() {
    rsi.clear();
    raw.clear();
    fastD.clear();
  }
}

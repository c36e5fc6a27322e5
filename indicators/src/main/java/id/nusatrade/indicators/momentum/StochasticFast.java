package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.FastStochasticStage;
import id.nusatrade.indicators.stage.SmaStage;

/** Fast stochastic (TA-Lib STOCHF, SMA %D): raw %K and its SMA, both from the full lookback. */
public final class StochasticFast extends BarIndicator {
  private final FastStochasticStage raw;
  private final SmaStage fastD;

  public StochasticFast(int fastK, int fastD) {
    super(Names.multi("stochf", new String[] {"k", "d"}, fastK, fastD), fastK - 1 + fastD - 1);
    raw = new FastStochasticStage(fastK);
    this.fastD = new SmaStage(fastD);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double k = raw.next(high, low, close);
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
    raw.clear();
    fastD.clear();
  }
}

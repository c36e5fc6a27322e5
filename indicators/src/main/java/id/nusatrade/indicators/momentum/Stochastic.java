package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.FastStochasticStage;
import id.nusatrade.indicators.stage.SmaStage;

/**
 * Slow stochastic (TA-Lib STOCH with its default SMA smoothing): raw %K over {@code fastK} bars,
 * slow %K = SMA(raw, slowK), slow %D = SMA(slow %K, slowD). Both outputs start at the full
 * lookback.
 */
public final class Stochastic extends BarIndicator {
  private final FastStochasticStage raw;
  private final SmaStage slowK;
  private final SmaStage slowD;

  public Stochastic(int fastK, int slowK, int slowD) {
    super(
        Names.multi("stoch", new String[] {"k", "d"}, fastK, slowK, slowD),
        fastK - 1 + slowK - 1 + slowD - 1);
    raw = new FastStochasticStage(fastK);
    this.slowK = new SmaStage(slowK);
    this.slowD = new SmaStage(slowD);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double k = raw.next(high, low, close);
    if (Double.isNaN(k)) {
      return;
    }
    double sk = slowK.next(k);
    if (!slowK.ready()) {
      return;
    }
    double sd = slowD.next(sk);
    if (slowD.ready()) {
      out[0] = sk;
      out[1] = sd;
    }
  }

  @Override
  protected void clear() {
    raw.clear();
    slowK.clear();
    slowD.clear();
  }
}

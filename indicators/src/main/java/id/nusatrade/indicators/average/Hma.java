package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.WmaStage;

/**
 * Hull moving average (Alan Hull, 2005): {@code WMA(2*WMA(n/2) - WMA(n), floor(sqrt(n)))}. Not in
 * TA-Lib; the WMAs are TA-Lib's.
 */
public final class Hma extends CloseIndicator {
  private final WmaStage half;
  private final WmaStage full;
  private final WmaStage smooth;

  public Hma(int period) {
    super(Names.single("hma", period), period - 1 + sqrtPeriod(period) - 1);
    half = new WmaStage(Math.max(1, period / 2));
    full = new WmaStage(period);
    smooth = new WmaStage(sqrtPeriod(period));
  }

  private static int sqrtPeriod(int period) {
    return Math.max(1, (int) Math.floor(Math.sqrt(period)));
  }

  @Override
  protected void onClose(double close) {
    double h = half.next(close);
    double f = full.next(close);
    if (full.ready()) {
      out[0] = smooth.next(2.0 * h - f);
    }
  }

  @Override
  protected void clear() {
    half.clear();
    full.clear();
    smooth.clear();
  }
}

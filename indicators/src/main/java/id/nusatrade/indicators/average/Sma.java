package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.SmaStage;

/** Simple moving average (TA-Lib SMA). */
public final class Sma extends CloseIndicator {
  private final SmaStage sma;

  public Sma(int period) {
    super(Names.single("sma", period), period - 1);
    sma = new SmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    out[0] = sma.next(close);
  }

  @Override
  protected void clear() {
    sma.clear();
  }
}

package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.WmaStage;

/** Linearly weighted moving average (TA-Lib WMA). */
public final class Wma extends CloseIndicator {
  private final WmaStage wma;

  public Wma(int period) {
    super(Names.single("wma", period), period - 1);
    wma = new WmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    out[0] = wma.next(close);
  }

  @Override
  protected void clear() {
    wma.clear();
  }
}

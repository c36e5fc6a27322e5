package id.nusatrade.indicators.price;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.SmaStage;

/** Sum of the last {@code period} closes (TA-Lib SUM). */
public final class WindowSum extends CloseIndicator {
  private final SmaStage window;

  public WindowSum(int period) {
    super(Names.single("sum", period), period - 1);
    window = new SmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    window.next(close);
    out[0] = window.sum();
  }

  @Override
  protected void clear() {
    window.clear();
  }
}

package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/** Double EMA {@code 2*EMA - EMA(EMA)}, each EMA seeded as TA-Lib does (TA-Lib DEMA). */
public final class Dema extends CloseIndicator {
  private final EmaStage first;
  private final EmaStage second;

  public Dema(int period) {
    super(Names.single("dema", period), 2 * (period - 1));
    first = new EmaStage(period);
    second = new EmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    double e1 = first.next(close);
    if (first.ready()) {
      double e2 = second.next(e1);
      out[0] = second.ready() ? (2.0 * e1) - e2 : Double.NaN;
    }
  }

  @Override
  protected void clear() {
    first.clear();
    second.clear();
  }
}

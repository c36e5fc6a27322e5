package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/** Triple EMA {@code 3*e1 - 3*e2 + e3} (TA-Lib TEMA). */
public final class Tema extends CloseIndicator {
  private final EmaStage first;
  private final EmaStage second;
  private final EmaStage third;

  public Tema(int period) {
    super(Names.single("tema", period), 3 * (period - 1));
    first = new EmaStage(period);
    second = new EmaStage(period);
    third = new EmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    double e1 = first.next(close);
    if (!first.ready()) {
      return;
    }
    double e2 = second.next(e1);
    if (!second.ready()) {
      return;
    }
    double e3 = third.next(e2);
    out[0] = third.ready() ? (3.0 * e1) - (3.0 * e2) + e3 : Double.NaN;
  }

  @Override
  protected void clear() {
    first.clear();
    second.clear();
    third.clear();
  }
}

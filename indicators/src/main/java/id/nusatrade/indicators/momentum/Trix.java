package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/** TRIX (TA-Lib): one-bar rate of change, in percent, of a triple EMA. */
public final class Trix extends CloseIndicator {
  private final EmaStage first;
  private final EmaStage second;
  private final EmaStage third;
  private double previous = Double.NaN;

  public Trix(int period) {
    super(Names.single("trix", period), 3 * (period - 1) + 1);
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
    if (!third.ready()) {
      return;
    }
    if (!Double.isNaN(previous)) {
      out[0] = previous != 0.0 ? ((e3 / previous) - 1.0) * 100.0 : 0.0;
    }
    previous = e3;
  }

  @Override
  protected void clear() {
    first.clear();
    second.clear();
    third.clear();
    previous = Double.NaN;
  }
}

package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/**
 * Tillson's T3 (TA-Lib T3): six cascaded EMAs, each seeded with the mean of its first {@code
 * period} inputs, combined with the volume factor's coefficients.
 */
public final class T3 extends CloseIndicator {
  private final EmaStage[] emas = new EmaStage[6];
  private final double[] e = new double[6];
  private final double c1;
  private final double c2;
  private final double c3;
  private final double c4;

  public T3(int period, double vFactor) {
    super(Names.single("t3", period, vFactor), 6 * (period - 1));
    for (int i = 0; i < emas.length; i++) {
      emas[i] = new EmaStage(period);
    }
    double square = vFactor * vFactor;
    c1 = -(square * vFactor);
    c2 = 3.0 * (square - c1);
    c3 = -6.0 * square - 3.0 * (vFactor - c1);
    c4 = 1.0 + 3.0 * vFactor - c1 + 3.0 * square;
  }

  @Override
  protected void onClose(double close) {
    double x = close;
    for (int i = 0; i < emas.length; i++) {
      e[i] = emas[i].next(x);
      if (!emas[i].ready()) {
        return;
      }
      x = e[i];
    }
    out[0] = c1 * e[5] + c2 * e[4] + c3 * e[3] + c4 * e[2];
  }

  @Override
  protected void clear() {
    for (EmaStage ema : emas) {
      ema.clear();
    }
  }
}

package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;
import id.nusatrade.indicators.stage.AtrStage;

/** Average true range (TA-Lib ATR) and its percentage of the close (TA-Lib NATR). */
public final class Atr extends BarIndicator {
  private final boolean normalized;
  private final AtrStage atr;

  private Atr(String name, boolean normalized, int period) {
    super(Names.single(name, period), period);
    this.normalized = normalized;
    this.atr = new AtrStage(period);
  }

  public static Atr atr(int period) {
    return new Atr("atr", false, period);
  }

  public static Atr natr(int period) {
    return new Atr("natr", true, period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double value = atr.next(high, low, close);
    if (!normalized || Double.isNaN(value)) {
      out[0] = value;
    } else {
      out[0] = TaLib.isZero(close) ? 0.0 : (value / close) * 100.0;
    }
  }

  @Override
  protected void clear() {
    atr.clear();
  }
}

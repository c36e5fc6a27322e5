package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;

/** Exponential moving average seeded with the SMA of the first period (TA-Lib EMA). */
public final class Ema extends CloseIndicator {
  private final EmaStage ema;

  public Ema(int period) {
    super(Names.single("ema", period), period - 1);
    ema = new EmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    out[0] = ema.next(close);
  }

  @Override
  protected void clear() {
    ema.clear();
  }
}

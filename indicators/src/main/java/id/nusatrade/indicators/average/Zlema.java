package id.nusatrade.indicators.average;

import id.nusatrade.indicators.CloseIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.EmaStage;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Zero-lag EMA (Ehlers and Way, 2010): the EMA of {@code 2*close - close[lag]} with {@code lag =
 * (period-1)/2}, seeded like TA-Lib's EMA on the first {@code period} de-lagged values. Not in
 * TA-Lib.
 */
public final class Zlema extends CloseIndicator {
  private final int lag;
  private final RingBuffer closes;
  private final EmaStage ema;

  public Zlema(int period) {
    super(Names.single("zlema", period), (period - 1) / 2 + period - 1);
    lag = (period - 1) / 2;
    closes = new RingBuffer(lag + 1);
    ema = new EmaStage(period);
  }

  @Override
  protected void onClose(double close) {
    closes.push(close);
    if (closes.full()) {
      out[0] = ema.next(2.0 * close - closes.get(lag));
    }
  }

  @Override
  protected void clear() {
    closes.clear();
    ema.clear();
  }
}

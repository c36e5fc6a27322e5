package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Average directional movement rating (TA-Lib ADXR): mean of today's ADX and that of period-1 ago.
 */
public final class Adxr extends BarIndicator {
  private final int period;
  private final Adx adx;
  private final RingBuffer history;

  public Adxr(int period) {
    super(Names.single("adxr", period), 3 * period - 2);
    this.period = period;
    this.adx = new Adx(period);
    this.history = new RingBuffer(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double now = adx.next(high, low, close);
    if (Double.isNaN(now)) {
      return;
    }
    history.push(now);
    if (history.full()) {
      out[0] = (now + history.get(period - 1)) / 2.0;
    }
  }

  @Override
  protected void clear() {
    adx.clear();
    history.clear();
  }
}

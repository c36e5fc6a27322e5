package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Commodity channel index (TA-Lib CCI) on the typical price. The mean absolute deviation around a
 * moving mean has no exact O(1) update, so this one indicator costs O(period) per bar (still
 * allocation-free); it sums in TA-Lib's circular-buffer order to reproduce its rounding.
 */
public final class Cci extends BarIndicator {
  private final int period;
  private final RingBuffer typical;

  public Cci(int period) {
    super(Names.single("cci", period), period - 1);
    this.period = period;
    this.typical = new RingBuffer(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double last = (high + low + close) / 3;
    typical.push(last);
    if (!typical.full()) {
      return;
    }
    double average = 0;
    for (int j = 0; j < period; j++) {
      average += typical.slot(j);
    }
    average /= period;
    double deviation = 0;
    for (int j = 0; j < period; j++) {
      deviation += Math.abs(typical.slot(j) - average);
    }
    double distance = last - average;
    boolean defined = distance != 0.0 && deviation != 0.0;
    out[0] = defined ? distance / (0.015 * (deviation / period)) : 0.0;
  }

  @Override
  protected void clear() {
    typical.clear();
  }
}

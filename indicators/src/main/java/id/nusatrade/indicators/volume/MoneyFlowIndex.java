package id.nusatrade.indicators.volume;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Money flow index (TA-Lib MFI): positive and negative raw money flow (typical price times volume)
 * over {@code period} changes of the typical price; 0 when the total flow is below 1, as in TA-Lib.
 */
public final class MoneyFlowIndex extends BarIndicator {
  private final RingBuffer positive;
  private final RingBuffer negative;
  private boolean started;
  private double prevTypical;
  private double positiveSum;
  private double negativeSum;

  public MoneyFlowIndex(int period) {
    super(Names.single("mfi", period), period);
    positive = new RingBuffer(period);
    negative = new RingBuffer(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double typical = (high + low + close) / 3.0;
    if (!started) {
      started = true;
      prevTypical = typical;
      return;
    }
    if (positive.full()) {
      positiveSum -= positive.get(positive.capacity() - 1);
      negativeSum -= negative.get(negative.capacity() - 1);
    }
    double change = typical - prevTypical;
    prevTypical = typical;
    double flow = typical * vol;
    positive.push(change > 0 ? flow : 0.0);
    negative.push(change < 0 ? flow : 0.0);
    positiveSum += change > 0 ? flow : 0.0;
    negativeSum += change < 0 ? flow : 0.0;
    if (positive.full()) {
      double total = positiveSum + negativeSum;
      out[0] = total < 1.0 ? 0.0 : 100.0 * (positiveSum / total);
    }
  }

  @Override
  protected void clear() {
    positive.clear();
    negative.clear();
    started = false;
    prevTypical = 0;
    positiveSum = 0;
    negativeSum = 0;
  }
}

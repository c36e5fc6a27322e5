package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.Extremum;

/** Williams %R (TA-Lib WILLR): {@code -100 * (highest - close) / (highest - lowest)}. */
public final class WilliamsR extends BarIndicator {
  private final Extremum highest;
  private final Extremum lowest;

  public WilliamsR(int period) {
    super(Names.single("willr", period), period - 1);
    highest = Extremum.highest(period);
    lowest = Extremum.lowest(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    highest.push(high);
    lowest.push(low);
    if (highest.ready()) {
      double diff = (highest.value() - lowest.value()) / (-100.0);
      out[0] = diff != 0.0 ? (highest.value() - close) / diff : 0.0;
    }
  }

  @Override
  protected void clear() {
    highest.clear();
    lowest.clear();
  }
}

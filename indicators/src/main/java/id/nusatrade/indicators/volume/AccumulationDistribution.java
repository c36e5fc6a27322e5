package id.nusatrade.indicators.volume;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.TaLib;

/**
 * Chaikin accumulation/distribution line (TA-Lib AD) and its oscillator (TA-Lib ADOSC: fast EMA
 * minus slow EMA of the line, both started at the first bar's value).
 */
public final class AccumulationDistribution extends BarIndicator {
  private final boolean oscillator;
  private final double fastK;
  private final double slowK;
  private boolean started;
  private double ad;
  private double fastEma;
  private double slowEma;

  private AccumulationDistribution(String[] names, int lookback, int fast, int slow) {
    super(names, lookback);
    this.oscillator = fast > 0;
    this.fastK = oscillator ? TaLib.perToK(fast) : 0;
    this.slowK = oscillator ? TaLib.perToK(slow) : 0;
  }

  public static AccumulationDistribution line() {
    return new AccumulationDistribution(new String[] {"ad"}, 0, 0, 0);
  }

  public static AccumulationDistribution oscillator(int fast, int slow) {
    return new AccumulationDistribution(
        Names.single("adosc", fast, slow), Math.max(fast, slow) - 1, fast, slow);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    double range = high - low;
    if (range > 0.0) {
      ad += (((close - low) - (high - close)) / range) * vol;
    }
    if (!oscillator) {
      out[0] = ad;
      return;
    }
    if (!started) {
      started = true;
      fastEma = ad;
      slowEma = ad;
    } else {
      fastEma = (fastK * ad) + ((1.0 - fastK) * fastEma);
      slowEma = (slowK * ad) + ((1.0 - slowK) * slowEma);
    }
    if (ready()) {
      out[0] = fastEma - slowEma;
    }
  }

  @Override
  protected void clear() {
    started = false;
    ad = 0;
    fastEma = 0;
    slowEma = 0;
  }
}

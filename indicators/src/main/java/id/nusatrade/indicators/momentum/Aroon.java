package id.nusatrade.indicators.momentum;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.Extremum;

/**
 * Aroon (TA-Lib AROON: outputs down, up) and the Aroon oscillator (TA-Lib AROONOSC = up - down),
 * over a window of {@code period + 1} bars; the newest of equal extremes counts, as in TA-Lib.
 */
public final class Aroon extends BarIndicator {
  private final boolean oscillator;
  private final int period;
  private final double factor;
  private final Extremum highest;
  private final Extremum lowest;

  private Aroon(String[] names, boolean oscillator, int period) {
    super(names, period);
    this.oscillator = oscillator;
    this.period = period;
    this.factor = 100.0 / period;
    this.highest = Extremum.highest(period + 1);
    this.lowest = Extremum.lowest(period + 1);
  }

  public static Aroon lines(int period) {
    return new Aroon(Names.multi("aroon", new String[] {"down", "up"}, period), false, period);
  }

  public static Aroon oscillator(int period) {
    return new Aroon(Names.single("aroonosc", period), true, period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    highest.push(high);
    lowest.push(low);
    if (!highest.ready()) {
      return;
    }
    if (oscillator) {
      out[0] = factor * (lowest.age() - highest.age());
    } else {
      out[0] = factor * (period - lowest.age());
      out[1] = factor * (period - highest.age());
    }
  }

  @Override
  protected void clear() {
    highest.clear();
    lowest.clear();
  }
}

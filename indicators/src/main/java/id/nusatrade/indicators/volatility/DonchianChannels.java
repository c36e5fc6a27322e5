package id.nusatrade.indicators.volatility;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.Extremum;

/**
 * Donchian channels (Richard Donchian): highest high and lowest low of the last {@code period} bars
 * including the current one, and their midpoint.
 */
public final class DonchianChannels extends BarIndicator {
  private final Extremum highest;
  private final Extremum lowest;

  public DonchianChannels(int period) {
    super(Names.multi("donchian", new String[] {"upper", "middle", "lower"}, period), period - 1);
    highest = Extremum.highest(period);
    lowest = Extremum.lowest(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    highest.push(high);
    lowest.push(low);
    if (highest.ready()) {
      out[0] = highest.value();
      out[1] = (highest.value() + lowest.value()) / 2.0;
      out[2] = lowest.value();
    }
  }

  @Override
  protected void clear() {
    highest.clear();
    lowest.clear();
  }
}

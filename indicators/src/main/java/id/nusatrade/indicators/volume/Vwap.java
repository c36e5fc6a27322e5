package id.nusatrade.indicators.volume;

import id.nusatrade.indicators.BarIndicator;

/**
 * Session volume-weighted average price: {@code sum(typical * volume) / sum(volume)} since the
 * first bar of the bar's UTC day (bar time in epoch milliseconds). Undefined (NaN) while the
 * session has traded no volume.
 */
public final class Vwap extends BarIndicator {
  private static final long DAY_MILLIS = 86_400_000L;
  private long session = Long.MIN_VALUE;
  private double priceVolume;
  private double volume;

  public Vwap() {
    super(new String[] {"vwap"}, 0);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    long day = Math.floorDiv(time, DAY_MILLIS);
    if (day != session) {
      session = day;
      priceVolume = 0;
      volume = 0;
    }
    priceVolume += ((high + low + close) / 3.0) * vol;
    volume += vol;
    out[0] = volume > 0 ? priceVolume / volume : Double.NaN;
  }

  @Override
  protected void clear() {
    session = Long.MIN_VALUE;
    priceVolume = 0;
    volume = 0;
  }
}

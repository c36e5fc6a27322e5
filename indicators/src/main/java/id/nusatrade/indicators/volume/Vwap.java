package id.nusatrade.indicators.volume;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.SessionAware;
import java.util.function.LongUnaryOperator;

/**
 * Session volume-weighted average price: {@code sum(typical * volume) / sum(volume)} since the
 * first bar of the bar's session day (bar time in epoch milliseconds). The session day is the UTC
 * day unless {@link #sessions} says otherwise (the gateway gives each stream its instrument's
 * trading session, FX: from 17:00 New York). Undefined (NaN) while the session has traded no
 * volume.
 */
public final class Vwap extends BarIndicator implements SessionAware {
  private static final long DAY_MILLIS = 86_400_000L;
  private LongUnaryOperator dayOf = time -> Math.floorDiv(time, DAY_MILLIS);
  private long session = Long.MIN_VALUE;
  private double priceVolume;
  private double volume;

  public Vwap() {
    super(new String[] {"vwap"}, 0);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    long day = dayOf.applyAsLong(time);
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
  public void sessions(LongUnaryOperator sessionDayOf) {
    this.dayOf = sessionDayOf;
  }

  @Override
  protected void clear() {
    session = Long.MIN_VALUE;
    priceVolume = 0;
    volume = 0;
  }
}

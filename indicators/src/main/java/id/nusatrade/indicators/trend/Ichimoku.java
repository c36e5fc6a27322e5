package id.nusatrade.indicators.trend;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.Extremum;
import id.nusatrade.indicators.stage.RingBuffer;

/**
 * Ichimoku Kinko Hyo (Goichi Hosoda): tenkan and kijun are midpoints of the high-low range over
 * their periods; senkou A ({@code (tenkan+kijun)/2}) and senkou B (midpoint over the longest
 * period) are reported for the current bar, i.e. as computed {@code kijun} bars ago (the cloud
 * under today's price). The chikou span is today's close drawn in the past, so it is left out: it
 * adds nothing a streaming consumer does not already have. Each output is defined from its own
 * warm-up; {@link #lookback()} is that of senkou B.
 */
public final class Ichimoku extends BarIndicator {
  private final Midpoint tenkan;
  private final Midpoint kijun;
  private final Midpoint span;
  private final RingBuffer leadA;
  private final RingBuffer leadB;

  public Ichimoku(int tenkanPeriod, int kijunPeriod, int spanPeriod) {
    super(
        Names.multi(
            "ichimoku",
            new String[] {"tenkan", "kijun", "senkou_a", "senkou_b"},
            tenkanPeriod,
            kijunPeriod,
            spanPeriod),
        Math.max(Math.max(tenkanPeriod, kijunPeriod), spanPeriod) - 1 + kijunPeriod);
    tenkan = new Midpoint(tenkanPeriod);
    kijun = new Midpoint(kijunPeriod);
    span = new Midpoint(spanPeriod);
    leadA = new RingBuffer(kijunPeriod + 1);
    leadB = new RingBuffer(kijunPeriod + 1);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    out[0] = tenkan.next(high, low);
    out[1] = kijun.next(high, low);
    leadA.push((out[0] + out[1]) / 2.0);
    leadB.push(span.next(high, low));
    if (leadA.full()) {
      out[2] = leadA.get(leadA.capacity() - 1);
      out[3] = leadB.get(leadB.capacity() - 1);
    }
  }

  @Override
  protected void clear() {
    tenkan.clear();
    kijun.clear();
    span.clear();
    leadA.clear();
    leadB.clear();
  }

  /** Midpoint of the highest high and lowest low over a window. */
  private static final class Midpoint {
    private final Extremum highest;
    private final Extremum lowest;

    Midpoint(int period) {
      highest = Extremum.highest(period);
      lowest = Extremum.lowest(period);
    }

    double next(double high, double low) {
      highest.push(high);
      lowest.push(low);
      return highest.ready() ? (highest.value() + lowest.value()) / 2.0 : Double.NaN;
    }

    void clear() {
      highest.clear();
      lowest.clear();
    }
  }
}

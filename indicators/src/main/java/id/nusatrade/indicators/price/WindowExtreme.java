package id.nusatrade.indicators.price;

import id.nusatrade.indicators.BarIndicator;
import id.nusatrade.indicators.Names;
import id.nusatrade.indicators.stage.Extremum;
import java.util.Locale;

/**
 * Extremes over the last {@code period} bars: TA-Lib MAX and MIN of the close, MIDPOINT (of the
 * close) and MIDPRICE (of high and low).
 */
public final class WindowExtreme extends BarIndicator {
  /** Which extreme. */
  public enum Kind {
    MAX,
    MIN,
    MIDPOINT,
    MIDPRICE
  }

  private final Kind kind;
  private final Extremum highest;
  private final Extremum lowest;

  public WindowExtreme(Kind kind, int period) {
    super(Names.single(kind.name().toLowerCase(Locale.ROOT), period), period - 1);
    this.kind = kind;
    this.highest = Extremum.highest(period);
    this.lowest = Extremum.lowest(period);
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    boolean prices = kind == Kind.MIDPRICE;
    highest.push(prices ? high : close);
    lowest.push(prices ? low : close);
    if (!highest.ready()) {
      return;
    }
    out[0] =
        switch (kind) {
          case MAX -> highest.value();
          case MIN -> lowest.value();
          case MIDPOINT, MIDPRICE -> (highest.value() + lowest.value()) / 2.0;
        };
  }

  @Override
  protected void clear() {
    highest.clear();
    lowest.clear();
  }
}

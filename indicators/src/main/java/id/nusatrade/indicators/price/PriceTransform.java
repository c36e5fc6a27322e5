package id.nusatrade.indicators.price;

import id.nusatrade.indicators.BarIndicator;
import java.util.Locale;

/** One price per bar from its OHLC (TA-Lib AVGPRICE, MEDPRICE, TYPPRICE, WCLPRICE). */
public final class PriceTransform extends BarIndicator {
  /** Which blend of the bar's prices. */
  public enum Kind {
    AVGPRICE,
    MEDPRICE,
    TYPPRICE,
    WCLPRICE
  }

  private final Kind kind;

  public PriceTransform(Kind kind) {
    super(new String[] {kind.name().toLowerCase(Locale.ROOT)}, 0);
    this.kind = kind;
  }

  @Override
  protected void onBar(long time, double open, double high, double low, double close, double vol) {
    out[0] =
        switch (kind) {
          case AVGPRICE -> (high + low + close + open) / 4;
          case MEDPRICE -> (high + low) / 2.0;
          case TYPPRICE -> (high + low + close) / 3.0;
          case WCLPRICE -> (high + low + (close * 2.0)) / 4.0;
        };
  }

  @Override
  protected void clear() {}
}

package id.nusatrade.tickstore.clickhouse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quote prices as Decimal64(8) text. ClickHouse 18.16 parses Float64 text with a fast routine that
 * is not correctly rounded (1.08604 comes back as 1.0860400000000001), so quotes are stored as
 * decimals, which it parses exactly, and read back through toFloat64, which is exact for them.
 * Eight decimals exceed every MT5 symbol's {@code digits}.
 */
public final class ClickHousePrices {
  static final int SCALE = 8;

  private ClickHousePrices() {}

  /**
   * A price as a driver parameter. The legacy driver runs every {@code setString} value through a
   * per-character escape (a map lookup per char, the biggest cost of a batch row) but formats any
   * other object with {@code String.valueOf}; decimal text needs no escaping, so it goes this way.
   */
  static Object parameter(double price) {
    return new DecimalText(text(price));
  }

  private record DecimalText(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Java's shortest text when it already fits the scale (the usual case), else rounded to it. */
  public static String text(double price) {
    if (!Double.isFinite(price)) {
      throw new IllegalArgumentException("not a price: " + price);
    }
    String shortest = Double.toString(price);
    int point = shortest.indexOf('.');
    boolean fits = shortest.indexOf('E') < 0 && shortest.length() - point - 1 <= SCALE;
    return fits
        ? shortest
        : BigDecimal.valueOf(price).setScale(SCALE, RoundingMode.HALF_EVEN).toPlainString();
  }
}

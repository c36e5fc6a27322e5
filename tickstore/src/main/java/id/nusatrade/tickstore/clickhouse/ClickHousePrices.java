package id.nusatrade.tickstore.clickhouse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Quote prices as Decimal64(8). ClickHouse 18.16 parses Float64 text with a fast routine that is
 * not correctly rounded (1.08604 comes back as 1.0860400000000001), so quotes are stored as
 * decimals, which it parses exactly, and read back through toFloat64, which computes {@code
 * (double) units / 1e8} exactly as Java does. A price therefore round-trips bit for bit whenever it
 * is the double nearest to its 8-decimal rounding — every real quote (MT5 symbols have at most 8
 * digits). Others are rounded to 8 decimals.
 */
public final class ClickHousePrices {
  static final int SCALE = 8;
  private static final double UNITS_PER_PRICE = 1e8;

  private ClickHousePrices() {}

  /** The Decimal64(8) value for {@code price}, without going through Double.toString. */
  public static BigDecimal decimal(double price) {
    if (!Double.isFinite(price)) {
      throw new IllegalArgumentException("not a price: " + price);
    }
    long units = Math.round(price * UNITS_PER_PRICE);
    return units / UNITS_PER_PRICE == price
        ? BigDecimal.valueOf(units, SCALE)
        : BigDecimal.valueOf(price).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** The text the driver sends for {@link #decimal}, for loaders that write TSV themselves. */
  public static String text(double price) {
    return decimal(price).toPlainString();
  }
}

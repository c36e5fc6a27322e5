package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The scales money and prices are kept at, and the checks every amount passes. */
public final class TradingMath {
  /** Decimals of P&amp;L and commission amounts. */
  public static final int PNL_SCALE = 8;

  /** Decimals of an average price (a division, so rounded). */
  public static final int PRICE_SCALE = 10;

  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private TradingMath() {}

  public static BigDecimal pnl(BigDecimal amount) {
    return amount.setScale(PNL_SCALE, ROUNDING);
  }

  public static BigDecimal positive(BigDecimal value, String name) {
    if (value == null || value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
    return value;
  }

  /** A quote (double, as ticks carry it) as an exact decimal of its shortest representation. */
  public static BigDecimal price(double quote) {
    if (!(quote > 0) || Double.isInfinite(quote)) {
      throw new IllegalArgumentException("price must be a positive finite number, was " + quote);
    }
    return BigDecimal.valueOf(quote);
  }
}

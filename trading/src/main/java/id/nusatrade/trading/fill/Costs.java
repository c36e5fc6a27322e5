package id.nusatrade.trading.fill;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What trading costs, per fill (entry and exit each pay): the spread in price units (the ask is the
 * bid plus it), slippage against the trader in price units ({@code slippage}) plus a fraction of
 * the price ({@code slippagePercent}), and commission in account money: a fixed amount per fill, an
 * amount per unit, and a percentage of the notional.
 */
public record Costs(
    double spread,
    double slippage,
    double slippagePercent,
    BigDecimal commissionPerTrade,
    BigDecimal commissionPerUnit,
    BigDecimal commissionPercent) {

  /** No spread, no slippage, no commission ({@code --costs none}). */
  public static final Costs NONE =
      new Costs(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  public Costs {
    nonNegative("spread", spread);
    nonNegative("slippage", slippage);
    nonNegative("slippage percent", slippagePercent);
    nonNegative("commission per trade", commissionPerTrade);
    nonNegative("commission per unit", commissionPerUnit);
    nonNegative("commission percent", commissionPercent);
  }

  private static void nonNegative(String what, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + value);
    }
  }

  private static void nonNegative(String what, BigDecimal value) {
    if (Objects.requireNonNull(value, what).signum() < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + value);
    }
  }
}

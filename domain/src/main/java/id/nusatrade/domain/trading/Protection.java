package id.nusatrade.domain.trading;

import java.math.BigDecimal;

/**
 * Exits attached to the position an order opens: stop-loss and take-profit prices and a trailing
 * stop distance (in price units); each may be null.
 */
public record Protection(BigDecimal stopLoss, BigDecimal takeProfit, BigDecimal trailingDistance) {
  public static final Protection NONE = new Protection(null, null, null);

  public Protection {
    check(stopLoss, "stopLoss");
    check(takeProfit, "takeProfit");
    check(trailingDistance, "trailingDistance");
  }

  public boolean isNone() {
    return stopLoss == null && takeProfit == null && trailingDistance == null;
  }

  private static void check(BigDecimal value, String name) {
    if (value != null) {
      TradingMath.positive(value, name);
    }
  }
}

package id.nusatrade.trading.automation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The strategy's position sizing: risk {@code riskFraction} of equity between entry and a stop-loss
 * {@code stopDistance} (price units) away, so quantity = equity × riskFraction ÷ stopDistance,
 * rounded down to {@code lotStep} units.
 */
public record Sizing(BigDecimal riskFraction, BigDecimal stopDistance, BigDecimal lotStep) {
  public Sizing {
    positive(riskFraction, "riskFraction");
    positive(stopDistance, "stopDistance");
    positive(lotStep, "lotStep");
    if (riskFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("riskFraction must be at most 1, was " + riskFraction);
    }
  }

  /** The quantity for this equity, no larger than {@code maxQuantity}, in whole lot steps. */
  BigDecimal quantity(BigDecimal equity, BigDecimal maxQuantity) {
    BigDecimal wanted = equity.multiply(riskFraction).divide(stopDistance, 10, RoundingMode.DOWN);
    return lots(wanted.min(maxQuantity));
  }

  BigDecimal lots(BigDecimal quantity) {
    return quantity.divide(lotStep, 0, RoundingMode.DOWN).multiply(lotStep).stripTrailingZeros();
  }

  private static void positive(BigDecimal v, String name) {
    if (v == null || v.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
  }
}

package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The account's exposure before and after an order intent, in the account's currency. The position
 * in the symbol is re-valued at the intent's price; {@code reducing} is true when the order shrinks
 * the position without flipping its side.
 */
public record Exposure(
    BigDecimal positionBefore,
    BigDecimal positionAfter,
    BigDecimal symbolNotionalAfter,
    BigDecimal totalExposureBefore,
    BigDecimal totalExposureAfter,
    BigDecimal leverageAfter,
    boolean reducing) {

  /** Leverage reported when equity is zero or negative: above any sensible cap. */
  public static final BigDecimal NO_EQUITY_LEVERAGE = new BigDecimal("999999");

  /**
   * @param position signed quantity held in the intent's symbol before the order
   * @param totalExposure sum of the absolute notionals of every open position before the order
   * @param equity the account's equity
   */
  public static Exposure of(
      OrderIntent intent, BigDecimal position, BigDecimal totalExposure, BigDecimal equity) {
    BigDecimal unit = intent.price().multiply(intent.contractSize());
    BigDecimal after = position.add(intent.signedQuantity());
    BigDecimal symbolBefore = position.abs().multiply(unit);
    BigDecimal symbolAfter = after.abs().multiply(unit);
    BigDecimal totalAfter = totalExposure.subtract(symbolBefore).add(symbolAfter).max(symbolAfter);
    BigDecimal leverage =
        equity.signum() <= 0
            ? NO_EQUITY_LEVERAGE
            : totalAfter.divide(equity, 4, RoundingMode.HALF_UP);
    boolean reducing =
        position.signum() != 0
            && after.abs().compareTo(position.abs()) < 0
            && after.signum() * position.signum() >= 0;
    return new Exposure(
        position, after, symbolAfter, totalExposure, totalAfter, leverage, reducing);
  }
}

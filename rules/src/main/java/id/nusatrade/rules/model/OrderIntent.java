package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order an account wants to place, as the risk rules see it. Amounts are in the account's
 * currency; {@code notional} = quantity x contract size x price. {@code stopLoss} is null when the
 * order has none; {@code automated} orders come from a strategy, not a person.
 */
public record OrderIntent(
    String accountId,
    String symbol,
    Market market,
    Side side,
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal contractSize,
    BigDecimal notional,
    BigDecimal stopLoss,
    boolean automated,
    Instant at) {

  public OrderIntent {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(at, "at");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    if (price.signum() <= 0 || contractSize.signum() <= 0) {
      throw new IllegalArgumentException("price and contract size must be positive");
    }
  }

  /** An intent with its notional computed from quantity, contract size and price. */
  public static OrderIntent of(
      String accountId,
      String symbol,
      Market market,
      Side side,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal contractSize,
      BigDecimal stopLoss,
      boolean automated,
      Instant at) {
    return new OrderIntent(
        accountId,
        symbol,
        market,
        side,
        quantity,
        price,
        contractSize,
        quantity.multiply(contractSize).multiply(price),
        stopLoss,
        automated,
        at);
  }

  /** The position change: +quantity for BUY, -quantity for SELL. */
  public BigDecimal signedQuantity() {
    return side == Side.BUY ? quantity : quantity.negate();
  }
}

package id.nusatrade.domain.trading;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a strategy decision or a person asks for, before the rules have seen it. A LIMIT order needs
 * a limit price, a STOP order a stop price, and a MARKET order neither.
 */
public record OrderIntent(
    AccountId account,
    ClientOrderId clientOrderId,
    String symbol,
    Side side,
    BigDecimal quantity,
    OrderType type,
    BigDecimal limitPrice,
    BigDecimal stopPrice,
    Protection protection) {
  public OrderIntent {
    Objects.requireNonNull(account, "accountId");
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(type, "type");
    if (symbol == null || symbol.isBlank() || symbol.length() > 31) {
      throw new IllegalArgumentException("symbol must have 1 to 31 characters, was " + symbol);
    }
    TradingMath.positive(quantity, "quantity");
    protection = protection == null ? Protection.NONE : protection;
    switch (type) {
      case MARKET -> {
        if (limitPrice != null || stopPrice != null) {
          throw new IllegalArgumentException("a MARKET order takes no limitPrice or stopPrice");
        }
      }
      case LIMIT -> {
        TradingMath.positive(limitPrice, "limitPrice (required for a LIMIT order)");
        if (stopPrice != null) {
          throw new IllegalArgumentException("a LIMIT order takes no stopPrice");
        }
      }
      case STOP -> {
        TradingMath.positive(stopPrice, "stopPrice (required for a STOP order)");
        if (limitPrice != null) {
          throw new IllegalArgumentException("a STOP order takes no limitPrice");
        }
      }
    }
  }

  /** A market order without protection: how exits and close-all flatten a position. */
  public static OrderIntent market(
      AccountId account, ClientOrderId id, String symbol, Side side, BigDecimal quantity) {
    return new OrderIntent(
        account, id, symbol, side, quantity, OrderType.MARKET, null, null, Protection.NONE);
  }
}

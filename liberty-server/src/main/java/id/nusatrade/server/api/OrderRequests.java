package id.nusatrade.server.api;

import id.nusatrade.domain.trading.AccountId;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Protection;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.domain.trading.TradingState;
import id.nusatrade.trading.automation.DecisionOrders;
import java.util.Locale;

/** Turns request bodies into domain values; anything wrong is a 400 naming the field. */
final class OrderRequests {
  private OrderRequests() {}

  static OrderIntent intent(OrderRequest r, AccountId account) {
    if (r == null) {
      throw new InvalidRequestException("the body must be an order: {clientOrderId, symbol, ...}");
    }
    if (r.clientOrderId != null && r.clientOrderId.startsWith(DecisionOrders.PREFIX)) {
      // a person's order must not take the id a strategy's decision will use
      throw new InvalidRequestException(
          "clientOrderId must not start with "
              + DecisionOrders.PREFIX
              + " (reserved for automated orders)");
    }
    try {
      return new OrderIntent(
          account,
          new ClientOrderId(r.clientOrderId),
          r.symbol,
          value(Side.class, r.side, "side"),
          r.quantity,
          r.type == null ? OrderType.MARKET : value(OrderType.class, r.type, "type"),
          r.limitPrice,
          r.stopPrice,
          new Protection(r.stopLoss, r.takeProfit, r.trailingStop));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }

  static TradingState state(TradingStateRequest r) {
    return value(TradingState.class, r == null ? null : r.state, "state");
  }

  static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new InvalidRequestException(
          field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}

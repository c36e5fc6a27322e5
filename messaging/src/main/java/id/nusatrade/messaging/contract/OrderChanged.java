package id.nusatrade.messaging.contract;

import id.nusatrade.domain.trading.ExitReason;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.OrderType;
import id.nusatrade.domain.trading.Side;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code trade.order.changed} v1, and {@code trade.order.approval-requested} v1 when the order
 * waits for a person ({@link OrderState#PENDING_APPROVAL}): an order as it is after a change
 * (trading engine {@code TradingEvents}). Money and quantities are exact decimals.
 *
 * @param limitPrice null unless a limit order
 * @param stopPrice null unless a stop order
 * @param averagePrice null before the first fill
 * @param reasons why the order was held or refused (the pre-trade rules' reasons), maybe empty
 * @param exitReason null unless the order closes a position for a protective stop or similar
 * @param notional the value the pre-trade rules judged (quantity x contract size x price, in the
 *     account's currency, which the risk limits read as rupiah); sent with {@code
 *     trade.order.approval-requested} for the trade-approval process, null otherwise
 */
public record OrderChanged(
    String accountId,
    long orderId,
    String clientOrderId,
    String symbol,
    Side side,
    OrderType type,
    BigDecimal quantity,
    BigDecimal limitPrice,
    BigDecimal stopPrice,
    OrderState state,
    BigDecimal filledQuantity,
    BigDecimal averagePrice,
    List<String> reasons,
    ExitReason exitReason,
    BigDecimal notional) {
  public OrderChanged {
    Checks.text(accountId, "accountId");
    Checks.text(clientOrderId, "clientOrderId");
    Checks.text(symbol, "symbol");
    Checks.present(side, "side");
    Checks.present(type, "type");
    Checks.present(quantity, "quantity");
    Checks.present(state, "state");
    Checks.present(filledQuantity, "filledQuantity");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** An order change without a valuation (every change but the approval hand-off). */
  public OrderChanged(
      String accountId,
      long orderId,
      String clientOrderId,
      String symbol,
      Side side,
      OrderType type,
      BigDecimal quantity,
      BigDecimal limitPrice,
      BigDecimal stopPrice,
      OrderState state,
      BigDecimal filledQuantity,
      BigDecimal averagePrice,
      List<String> reasons,
      ExitReason exitReason) {
    this(
        accountId,
        orderId,
        clientOrderId,
        symbol,
        side,
        type,
        quantity,
        limitPrice,
        stopPrice,
        state,
        filledQuantity,
        averagePrice,
        reasons,
        exitReason,
        null);
  }

  /** The event type: the approval hand-off while the order waits for a person. */
  public String eventType() {
    return state == OrderState.PENDING_APPROVAL
        ? "trade.order.approval-requested"
        : "trade.order.changed";
  }
}

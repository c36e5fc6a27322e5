package id.nusatrade.messaging.contract;

import java.math.BigDecimal;

/**
 * {@code mt5.order.requested} v1: the trading engine asks the MT5 gateway to send an ORDER frame to
 * the terminal of MT5 login {@code account} of the envelope's tenant (queue {@code
 * nusatrade.mt5.orders}). The event id is derived from tenant, trading account and client order id,
 * so every re-send of one order is refused by the broker's duplicate detection, and the gateway
 * sends one client order id to a terminal once.
 *
 * @param account the MT5 login (the gateway's terminal key)
 * @param accountId the trading account the order belongs to
 * @param orderId the engine's order id
 * @param clientOrderId what the EA reports back (≤ 31 printable ASCII characters)
 * @param action {@code PLACE}, {@code MODIFY} or {@code CLOSE}
 * @param side {@code BUY} or {@code SELL}
 * @param type {@code MARKET}, {@code LIMIT} or {@code STOP}
 * @param volume lots, exact
 * @param price the limit or stop price; 0 for a market order
 * @param stopLoss 0 for none
 * @param takeProfit 0 for none
 * @param deviationPoints the largest slippage the EA may accept, in points
 * @param ticket the MT5 position for MODIFY and CLOSE, else 0
 */
public record Mt5OrderRequested(
    long account,
    String accountId,
    long orderId,
    String clientOrderId,
    String action,
    String side,
    String type,
    String symbol,
    BigDecimal volume,
    BigDecimal price,
    BigDecimal stopLoss,
    BigDecimal takeProfit,
    int deviationPoints,
    long ticket) {
  public Mt5OrderRequested {
    Checks.text(accountId, "accountId");
    Checks.text(clientOrderId, "clientOrderId");
    Checks.text(action, "action");
    Checks.text(side, "side");
    Checks.text(type, "type");
    Checks.text(symbol, "symbol");
    Checks.present(volume, "volume");
    Checks.present(price, "price");
    Checks.present(stopLoss, "stopLoss");
    Checks.present(takeProfit, "takeProfit");
    if (volume.signum() <= 0) {
      throw new IllegalArgumentException("volume must be positive: " + volume);
    }
    if (deviationPoints < 0) {
      throw new IllegalArgumentException(
          "deviationPoints must not be negative: " + deviationPoints);
    }
  }
}

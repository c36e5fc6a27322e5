package id.nusatrade.gateway.protocol;

/**
 * Gateway to EA: place, modify or close. Prices of 0 mean "none" (market price, no SL/TP), as in
 * MQL5's MqlTradeRequest. {@code ticket} names the order or position for MODIFY and CLOSE.
 */
public record OrderCommand(
    long seq,
    OrderAction action,
    Side side,
    OrderType type,
    int deviationPoints,
    long ticket,
    String clientOrderId,
    String symbol,
    double volume,
    double price,
    double stopLoss,
    double takeProfit)
    implements Frame {

  /** The same order under another sequence. */
  public OrderCommand withSeq(long newSeq) {
    return new OrderCommand(
        newSeq,
        action,
        side,
        type,
        deviationPoints,
        ticket,
        clientOrderId,
        symbol,
        volume,
        price,
        stopLoss,
        takeProfit);
  }
}

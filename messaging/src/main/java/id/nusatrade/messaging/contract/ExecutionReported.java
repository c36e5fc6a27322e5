package id.nusatrade.messaging.contract;

/**
 * {@code trade.execution.reported} v1: an execution report a terminal sent (fill, reject or a
 * positions snapshot).
 *
 * @param kind the {@code ExecutionKind} name
 * @param side {@code BUY} or {@code SELL}
 * @param ticket MT5's deal or order ticket
 * @param retcode MT5's trade server return code
 * @param positions the number of open positions in a snapshot
 */
public record ExecutionReported(
    long account,
    String kind,
    String clientOrderId,
    String symbol,
    String side,
    double volume,
    double price,
    long ticket,
    int retcode,
    int positions) {
  public ExecutionReported {
    Checks.text(kind, "kind");
    Checks.present(clientOrderId, "clientOrderId");
    Checks.present(symbol, "symbol");
    Checks.text(side, "side");
  }
}

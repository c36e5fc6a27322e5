package id.nusatrade.messaging.contract;

import java.util.List;

/**
 * {@code trade.execution.reported} v1: an execution report a terminal sent (fill, reject or a
 * positions snapshot).
 *
 * @param executionId what consumers apply once: {@code mt5:<tenant>:<login>:<seq>}, the same for
 *     every resend of the report
 * @param seq the EA's frame sequence of the report
 * @param kind the {@code ExecutionKind} name
 * @param side {@code BUY} or {@code SELL}
 * @param commission a fill's commission as MT5 reports it (negative = charged); absent (0) from
 *     protocol-1 terminals and in events published before it existed
 * @param swap a fill's swap as MT5 reports it (negative = charged); absent as {@code commission}
 * @param ticket MT5's deal or order ticket
 * @param retcode MT5's trade server return code
 * @param time when the terminal reported it (epoch milliseconds)
 * @param positions the number of open positions in a snapshot
 * @param openPositions a snapshot's positions (optional: empty unless kind is POSITIONS)
 */
public record ExecutionReported(
    String executionId,
    long account,
    long seq,
    String kind,
    String clientOrderId,
    String symbol,
    String side,
    double volume,
    double price,
    Double commission,
    Double swap,
    long ticket,
    int retcode,
    long time,
    int positions,
    List<ReportedPosition> openPositions) {
  public ExecutionReported {
    Checks.text(executionId, "executionId");
    Checks.text(kind, "kind");
    Checks.present(clientOrderId, "clientOrderId");
    Checks.present(symbol, "symbol");
    Checks.text(side, "side");
    openPositions = openPositions == null ? List.of() : List.copyOf(openPositions);
    commission = commission == null ? 0.0 : commission;
    swap = swap == null ? 0.0 : swap;
  }
}

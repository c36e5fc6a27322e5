package id.nusatrade.gateway.protocol;

import java.util.List;

/**
 * EA to gateway: a fill, a reject (with MT5's trade server return code), an answer to a CANCEL, or
 * a snapshot of open positions. {@code positions} is empty unless {@code kind} is POSITIONS. A
 * fill's {@code commission} and {@code swap} are the deal's, with MT5's signs (negative = charged
 * to the account); 0 from a version-1 EA.
 */
public record ExecutionReport(
    long seq,
    ExecutionKind kind,
    Side side,
    int retcode,
    long ticket,
    long timeMillis,
    String clientOrderId,
    String symbol,
    double volume,
    double price,
    double commission,
    double swap,
    List<Position> positions)
    implements Frame {
  public ExecutionReport {
    positions = List.copyOf(positions);
  }

  /** A report without commission or swap. */
  public ExecutionReport(
      long seq,
      ExecutionKind kind,
      Side side,
      int retcode,
      long ticket,
      long timeMillis,
      String clientOrderId,
      String symbol,
      double volume,
      double price,
      List<Position> positions) {
    this(
        seq,
        kind,
        side,
        retcode,
        ticket,
        timeMillis,
        clientOrderId,
        symbol,
        volume,
        price,
        0,
        0,
        positions);
  }

  public int length() {
    return FrameLayout.EXEC_FIXED_LENGTH + positions.size() * FrameLayout.POS_LENGTH;
  }
}

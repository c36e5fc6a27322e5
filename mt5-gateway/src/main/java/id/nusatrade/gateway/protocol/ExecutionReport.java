package id.nusatrade.gateway.protocol;

import java.util.List;

/**
 * EA to gateway: a fill, a reject (with MT5's trade server return code) or a snapshot of open
 * positions. {@code positions} is empty unless {@code kind} is POSITIONS.
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
    List<Position> positions)
    implements Frame {
  public ExecutionReport {
    positions = List.copyOf(positions);
  }

  public int length() {
    return FrameLayout.EXEC_FIXED_LENGTH + positions.size() * FrameLayout.POS_LENGTH;
  }
}

package id.nusatrade.messaging.contract;

/**
 * {@code market.tick.rejected} v1: a tick validation refused.
 *
 * @param reason the {@code RejectReason} name (e.g. {@code CROSSED})
 * @param suppressedBefore rejects of this stream not published since the previous event (rate
 *     limit)
 */
public record TickRejected(
    long account,
    String symbol,
    long seq,
    long time,
    double bid,
    double ask,
    String reason,
    long suppressedBefore) {
  public TickRejected {
    Checks.text(symbol, "symbol");
    Checks.text(reason, "reason");
  }
}

package id.nusatrade.messaging.contract;

/**
 * {@code trade.approval.decided} v1: the trade-approval process's result for an order, consumed by
 * the trading engine.
 *
 * @param decidedBy the officer, or {@code unknown}
 */
public record ApprovalDecided(String orderId, Result result, String decidedBy) {
  /** What becomes of the order. */
  public enum Result {
    APPROVED,
    REJECTED,
    EXPIRED
  }

  public ApprovalDecided {
    Checks.text(orderId, "orderId");
    Checks.present(result, "result");
    decidedBy = decidedBy == null || decidedBy.isBlank() ? "unknown" : decidedBy;
  }
}

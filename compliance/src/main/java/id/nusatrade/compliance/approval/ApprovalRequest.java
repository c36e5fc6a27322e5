package id.nusatrade.compliance.approval;

import id.nusatrade.domain.money.Idr;
import java.util.Objects;

/**
 * What the automatic decision looks at: the order's notional and whether it is the first live
 * trade.
 */
public record ApprovalRequest(String orderId, Idr notional, boolean firstLiveTrade) {
  public ApprovalRequest {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(notional, "notional");
    if (notional.compareTo(Idr.ZERO) <= 0) {
      throw new IllegalArgumentException("notional must be positive: " + notional);
    }
  }
}

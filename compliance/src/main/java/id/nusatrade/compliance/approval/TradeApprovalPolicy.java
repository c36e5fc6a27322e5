package id.nusatrade.compliance.approval;

import java.util.ArrayList;
import java.util.List;

/**
 * The automatic first step of trade approval, by thresholds: refused above the hard limit; approved
 * up to the automatic limit unless it is the account's first live trade (always seen by an
 * officer); otherwise officers review, two of them above the four-eyes threshold.
 */
public final class TradeApprovalPolicy {
  private final ApprovalThresholds thresholds;

  public TradeApprovalPolicy(ApprovalThresholds thresholds) {
    this.thresholds = thresholds;
  }

  public AutoDecision decide(ApprovalRequest request) {
    List<String> reasons = new ArrayList<>();
    if (request.notional().compareTo(thresholds.rejectAbove()) > 0) {
      reasons.add("notional above the limit of " + thresholds.rejectAbove().toBigDecimal());
      return new AutoDecision(AutoDecision.Outcome.REJECT, 0, reasons);
    }
    int approvals = request.notional().compareTo(thresholds.fourEyesAbove()) > 0 ? 2 : 1;
    if (approvals == 2) {
      reasons.add("notional above the four-eyes threshold");
    }
    if (request.firstLiveTrade()) {
      reasons.add("first live trade of the account");
      return new AutoDecision(AutoDecision.Outcome.REVIEW, approvals, reasons);
    }
    if (request.notional().compareTo(thresholds.autoApproveUpTo()) <= 0) {
      reasons.add("notional within the automatic limit");
      return new AutoDecision(AutoDecision.Outcome.APPROVE, 0, reasons);
    }
    reasons.add("notional above the automatic limit");
    return new AutoDecision(AutoDecision.Outcome.REVIEW, approvals, reasons);
  }
}

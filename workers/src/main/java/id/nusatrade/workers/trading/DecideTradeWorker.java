package id.nusatrade.workers.trading;

import id.nusatrade.compliance.approval.ApprovalRequest;
import id.nusatrade.compliance.approval.AutoDecision;
import id.nusatrade.compliance.approval.TradeApprovalPolicy;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.processes.trading.TradeApproval;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value TradeApproval#DECIDE_AUTOMATICALLY_JOB}: {@link TradeApprovalPolicy} on the order's
 * notional (a decimal string in rupiah, never a double) and whether it is the first live trade.
 */
public final class DecideTradeWorker implements JobHandler {
  private final TradeApprovalPolicy policy;

  public DecideTradeWorker(TradeApprovalPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    AutoDecision decision =
        policy.decide(
            new ApprovalRequest(
                job.requireText(TradeApproval.ORDER_ID),
                Idr.parse(job.requireText(TradeApproval.NOTIONAL_IDR)),
                job.flag(TradeApproval.FIRST_LIVE_TRADE)));
    return Map.of(
        TradeApproval.AUTO_DECISION, decision.outcome().name(),
        TradeApproval.REQUIRED_APPROVALS, decision.requiredApprovals(),
        TradeApproval.DECISION_REASONS, decision.reasons());
  }
}

package id.nusatrade.processes.trading;

import id.nusatrade.processes.ProcessDefinition;
import java.time.Duration;

/** Names shared by {@code trade-approval.bpmn}, its workers and the tests. */
public final class TradeApproval {
  public static final ProcessDefinition PROCESS = ProcessDefinition.of("trade-approval");

  /**
   * Message start: published for the bus event {@code workflow.trade.approval-requested} (the fast
   * path's NEEDS_APPROVAL), correlation key = {@link #ORDER_ID}.
   */
  public static final String REQUESTED_MESSAGE = "trade.approval-requested";

  public static final String DECIDE_AUTOMATICALLY_JOB =
      "nusatrade.trade-approval.decide-automatically";
  public static final String PUBLISH_RESULT_JOB = "nusatrade.trade-approval.publish-result";

  /** Each officer review; prices move, so an unanswered review expires the order. */
  public static final Duration REVIEW_SLA = Duration.ofMinutes(5);

  /** Variables in (from the NEEDS_APPROVAL event). */
  public static final String ORDER_ID = "orderId";

  public static final String TENANT_ID = "tenantId";
  public static final String ACCOUNT_ID = "accountId";
  public static final String SYMBOL = "symbol";
  public static final String SIDE = "side";
  public static final String QUANTITY = "quantity";

  /** Notional in IDR as a decimal string (never a double). */
  public static final String NOTIONAL_IDR = "notionalIdr";

  public static final String FIRST_LIVE_TRADE = "firstLiveTrade";

  /** Variables out of the automatic decision. */
  public static final String AUTO_DECISION = "autoDecision";

  public static final String REQUIRED_APPROVALS = "requiredApprovals";
  public static final String DECISION_REASONS = "decisionReasons";

  /** Officer variables (mapped from the review task's outcome/reason/decidedBy). */
  public static final String FIRST_DECISION = "firstDecision";

  public static final String FIRST_REASON = "firstReason";
  public static final String FIRST_APPROVER = "firstApprover";
  public static final String SECOND_DECISION = "secondDecision";
  public static final String SECOND_REASON = "secondReason";
  public static final String SECOND_APPROVER = "secondApprover";

  /** Result: {@code APPROVED}, {@code REJECTED} or {@code EXPIRED}, and who decided. */
  public static final String APPROVAL_OUTCOME = "approvalOutcome";

  public static final String DECIDED_BY = "decidedBy";

  /** Values of {@link #AUTO_DECISION}. */
  public static final String APPROVE = "APPROVE";

  public static final String REJECT = "REJECT";
  public static final String REVIEW = "REVIEW";

  /** Element ids. */
  public static final String START = "approval_requested";

  public static final String DECIDE_AUTOMATICALLY = "decide_automatically";
  public static final String AUTO_APPROVED = "trade_auto_approved";
  public static final String AUTO_REJECTED = "trade_auto_rejected";
  public static final String REVIEW_TRADE = "review_trade";
  public static final String REVIEW_EXPIRED = "trade_review_expired";
  public static final String SECOND_REVIEW_TRADE = "second_review_trade";
  public static final String SECOND_REVIEW_EXPIRED = "second_review_expired";
  public static final String APPROVED_BY_OFFICER = "trade_approved_by_officer";
  public static final String REJECTED_BY_OFFICER = "trade_rejected_by_officer";
  public static final String ORDER_EXPIRED = "order_expired";
  public static final String PUBLISH_RESULT = "publish_approval_result";
  public static final String RESULT_PUBLISHED = "approval_result_published";

  private TradeApproval() {}
}

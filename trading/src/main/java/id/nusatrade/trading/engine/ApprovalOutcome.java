package id.nusatrade.trading.engine;

/**
 * What the trade-approval workflow decided for an order waiting in PENDING_APPROVAL: it goes to its
 * venue, or dies as REJECTED (an officer or the automatic decision said no) or EXPIRED (nobody
 * answered within the review deadline; prices have moved).
 */
public enum ApprovalOutcome {
  APPROVED,
  REJECTED,
  EXPIRED
}

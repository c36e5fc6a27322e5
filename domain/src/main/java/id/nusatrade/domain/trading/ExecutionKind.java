package id.nusatrade.domain.trading;

/** What a venue reports about an order. */
public enum ExecutionKind {
  ACCEPTED,
  FILL,
  REJECTED,
  CANCELLED,
  EXPIRED
}

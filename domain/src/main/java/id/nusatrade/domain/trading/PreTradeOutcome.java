package id.nusatrade.domain.trading;

/** The rules' answer to an order intent. */
public enum PreTradeOutcome {
  ALLOW,
  REJECT,
  NEEDS_APPROVAL
}

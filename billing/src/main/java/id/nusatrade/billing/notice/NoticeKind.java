package id.nusatrade.billing.notice;

/** The kinds of notice billing issues about an invoice. */
public enum NoticeKind {
  RECEIPT,
  REFUND_RECEIPT,
  REMINDER
}

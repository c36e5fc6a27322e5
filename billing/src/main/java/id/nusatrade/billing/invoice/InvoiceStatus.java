package id.nusatrade.billing.invoice;

/**
 * OPEN: waiting for payment (or, for a credit note, for its invoice to be paid); PAID: settled (a
 * credit note: applied); VOID: its payment failed, the document stays for the number sequence;
 * REFUNDED: paid, then refunded.
 */
public enum InvoiceStatus {
  OPEN,
  PAID,
  VOID,
  REFUNDED
}

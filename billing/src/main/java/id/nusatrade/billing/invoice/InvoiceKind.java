package id.nusatrade.billing.invoice;

/** An invoice asks for money; a credit note gives some back (proration, refunds). */
public enum InvoiceKind {
  INVOICE("INV"),
  CREDIT_NOTE("CN");

  private final String prefix;

  InvoiceKind(String prefix) {
    this.prefix = prefix;
  }

  /** The printed number: {@code INV-000042}; both kinds share the tenant's one sequence. */
  public String format(long number) {
    return prefix + "-" + String.format("%06d", number);
  }
}

package id.nusatrade.billing.notice;

import id.nusatrade.billing.invoice.InvoiceId;
import java.time.Instant;
import java.util.Objects;

/**
 * One notice about an invoice. {@code sequence} numbers the notices of one kind (reminder 1, 2,
 * ...); (invoice, kind, sequence) is issued at most once.
 */
public record Notice(InvoiceId invoice, NoticeKind kind, int sequence, Instant issuedAt) {
  public Notice {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (sequence < 1) {
      throw new IllegalArgumentException("notice sequence starts at 1: " + sequence);
    }
  }
}

package id.nusatrade.billing.invoice;

import java.util.Objects;
import java.util.UUID;

/** Identity of an invoice or credit note. */
public record InvoiceId(UUID value) {
  public InvoiceId {
    Objects.requireNonNull(value, "invoice id");
  }

  public static InvoiceId random() {
    return new InvoiceId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

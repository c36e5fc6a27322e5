package id.nusatrade.billing.invoice;

import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice or credit note as issued. Amounts are positive on both kinds; the kind says which way
 * the money goes. {@code relatedTo} links a credit note to the invoice it reduces.
 */
public record Invoice(
    InvoiceId id,
    TenantId tenant,
    long number,
    InvoiceKind kind,
    InvoiceStatus status,
    PlanId plan,
    int catalogVersion,
    Instant issuedAt,
    List<InvoiceLine> lines,
    TaxRate taxRate,
    Optional<InvoiceId> relatedTo) {
  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(relatedTo, "relatedTo");
    if (number <= 0) {
      throw new IllegalArgumentException("invoice number must be > 0: " + number);
    }
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an invoice needs at least one line");
    }
  }

  public String printedNumber() {
    return kind.format(number);
  }

  public Idr subtotal() {
    Idr sum = Idr.ZERO;
    for (InvoiceLine line : lines) {
      sum = sum.plus(line.amount());
    }
    return sum;
  }

  public Idr tax() {
    return taxRate.taxOn(subtotal());
  }

  public Idr total() {
    return subtotal().plus(tax());
  }

  public Invoice withStatus(InvoiceStatus next) {
    return new Invoice(
        id, tenant, number, kind, next, plan, catalogVersion, issuedAt, lines, taxRate, relatedTo);
  }
}

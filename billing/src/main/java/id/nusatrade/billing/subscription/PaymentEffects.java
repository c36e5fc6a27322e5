package id.nusatrade.billing.subscription;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.store.BillingTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a payment's new state does to the subscription and the documents, inside the transaction
 * that moved the payment: paid activates the invoice's plan at once (and applies its proration
 * credit note); failed voids both; refunded issues a refund credit note and returns to Free.
 */
public final class PaymentEffects {
  private static final PlanId FREE = new PlanId("free");

  private final Catalog catalog;

  public PaymentEffects(Catalog catalog) {
    this.catalog = catalog;
  }

  public void onPaymentMoved(BillingTransaction tx, Payment payment, Instant now) {
    Invoice invoice =
        tx.invoice(payment.invoice())
            .orElseThrow(
                () -> new IllegalStateException("payment without invoice " + payment.invoice()));
    switch (payment.state()) {
      case PAID -> activate(tx, invoice, now);
      case FAILED -> close(tx, invoice, InvoiceStatus.VOID);
      case REFUNDED -> refund(tx, invoice, now);
      case PENDING -> {}
    }
  }

  private void activate(BillingTransaction tx, Invoice invoice, Instant now) {
    close(tx, invoice, InvoiceStatus.PAID);
    Plan plan = plan(invoice.catalogVersion(), invoice.plan());
    Instant start = renewedFrom(tx, invoice).orElse(now);
    tx.saveSubscription(Subscription.paid(invoice.tenant(), plan, invoice.catalogVersion(), start));
    tx.setTenantTier(plan.tier());
  }

  /**
   * A renewal (an invoice issued at or after the end of a period still in good standing) continues
   * from that end, however late within the payment window it was paid; anything else (an upgrade,
   * buying the plan again after an unpaid renewal) starts now.
   */
  private static Optional<Instant> renewedFrom(BillingTransaction tx, Invoice invoice) {
    return tx.subscriptionForUpdate()
        .filter(s -> !s.status().unpaid())
        .flatMap(Subscription::periodEnd)
        .filter(end -> !invoice.issuedAt().isBefore(end));
  }

  private static void close(BillingTransaction tx, Invoice invoice, InvoiceStatus status) {
    tx.setInvoiceStatus(invoice.id(), status);
    for (Invoice credit : creditNotesOf(tx, invoice.id())) {
      tx.setInvoiceStatus(credit.id(), status);
    }
  }

  private void refund(BillingTransaction tx, Invoice invoice, Instant now) {
    tx.setInvoiceStatus(invoice.id(), InvoiceStatus.REFUNDED);
    Invoice refund =
        new Invoice(
            InvoiceId.random(),
            invoice.tenant(),
            tx.nextInvoiceNumber(),
            InvoiceKind.CREDIT_NOTE,
            InvoiceStatus.PAID,
            invoice.plan(),
            invoice.catalogVersion(),
            now,
            List.of(new InvoiceLine("line.refund", invoice.printedNumber(), invoice.subtotal())),
            invoice.taxRate(),
            Optional.of(invoice.id()));
    tx.insertInvoice(refund);
    int version = catalog.versionAt(now).version();
    tx.saveSubscription(Subscription.paid(invoice.tenant(), plan(version, FREE), version, now));
    tx.setTenantTier(plan(version, FREE).tier());
  }

  static List<Invoice> creditNotesOf(BillingTransaction tx, InvoiceId invoice) {
    return tx.invoices().stream()
        .filter(
            i -> i.kind() == InvoiceKind.CREDIT_NOTE && i.relatedTo().equals(Optional.of(invoice)))
        .filter(i -> i.status() == InvoiceStatus.OPEN)
        .toList();
  }

  private Plan plan(int version, PlanId id) {
    return catalog
        .version(version)
        .plan(id)
        .orElseThrow(
            () -> new IllegalStateException("catalog version " + version + " lacks " + id));
  }
}

package id.nusatrade.billing.subscription;

import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.domain.billing.OrderId;

/** What reaching a period's end did. */
public sealed interface PeriodEnd {
  /** The period has not ended (it moved: a payment started a new one). */
  record NotDue() implements PeriodEnd {}

  /** Cancelled, downgraded to Free, or a trial ended unpaid: the tenant is on Free now. */
  record Ended(Subscription subscription) implements PeriodEnd {}

  /** The next period is invoiced; its payment (this order) is due. */
  record Invoiced(InvoiceId invoice, OrderId order) implements PeriodEnd {}
}

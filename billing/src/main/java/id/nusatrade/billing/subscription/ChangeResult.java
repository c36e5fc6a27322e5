package id.nusatrade.billing.subscription;

import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.payment.Payment;
import java.util.Optional;

/** What a plan change led to. */
public sealed interface ChangeResult {
  /** An upgrade waits for this payment; the plan changes when it settles. */
  record PaymentDue(Payment payment, Invoice invoice, Optional<Invoice> creditNote)
      implements ChangeResult {}

  /** A downgrade (or cancellation to Free) that takes effect at the period's end. */
  record Scheduled(Subscription subscription) implements ChangeResult {}

  /** A trial of a paid tier started at once, without payment. */
  record TrialStarted(Subscription subscription) implements ChangeResult {}
}

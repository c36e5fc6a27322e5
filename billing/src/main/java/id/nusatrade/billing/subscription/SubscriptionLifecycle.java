package id.nusatrade.billing.subscription;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.CatalogVersion;
import id.nusatrade.billing.catalog.Plan;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceKind;
import id.nusatrade.billing.invoice.InvoiceLine;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions the {@code subscription} process asks for, each one idempotent (a job handed out
 * again changes nothing twice): end a period (apply a scheduled downgrade or cancellation, return
 * an unpaid trial to Free, or invoice the next period at the price in force), and the dunning steps
 * overdue → restricted (Free's entitlements) → Free, each of which does nothing once the tenant has
 * paid.
 */
public final class SubscriptionLifecycle {
  private static final PlanId FREE = new PlanId("free");

  /** Renewals are paid by bank transfer when the last method cannot be charged again unattended. */
  static final PaymentMethod DEFAULT_RENEWAL_METHOD = PaymentMethod.BCA_VA;

  private final Catalog catalog;
  private final BillingStore store;
  private final TaxRate taxRate;
  private final Clock clock;

  public SubscriptionLifecycle(Catalog catalog, BillingStore store, TaxRate taxRate, Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.taxRate = taxRate;
    this.clock = clock;
  }

  /** The tenant's subscription as stored (empty if it never had one: Free). */
  public Optional<Subscription> read(TenantId tenant) {
    return store.inTenant(tenant, BillingTransaction::subscriptionForUpdate);
  }

  public PeriodEnd endPeriod(TenantId tenant) {
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          Optional<Subscription> found = tx.subscriptionForUpdate();
          if (found.isEmpty()
              || found.get().periodEnd().isEmpty()
              || now.isBefore(found.get().periodEnd().get())) {
            return new PeriodEnd.NotDue();
          }
          Subscription current = found.get();
          Optional<Payment> pending = tx.pendingPayment();
          if (pending.isPresent()) { // this job ran before: the same renewal
            return new PeriodEnd.Invoiced(pending.get().invoice(), pending.get().orderId());
          }
          if (current.status().unpaid()) {
            throw new IllegalStateException(
                "tenant " + tenant + " is " + current.status() + ": its period was ended before");
          }
          PlanId next =
              current
                  .scheduledPlan()
                  .orElse(current.status() == SubscriptionStatus.TRIAL ? FREE : current.plan());
          CatalogVersion version = catalog.versionAt(now);
          Plan plan =
              version
                  .plan(next)
                  .orElseThrow(() -> new IllegalStateException("plan " + next + " is gone"));
          if (plan.isFree()) {
            Subscription free =
                Subscription.paid(tenant, plan, version.version(), current.periodEnd().get());
            tx.saveSubscription(free);
            tx.setTenantTier(Tier.FREE);
            return new PeriodEnd.Ended(free);
          }
          return invoiceRenewal(tx, tenant, version, plan, now);
        });
  }

  private PeriodEnd invoiceRenewal(
      BillingTransaction tx, TenantId tenant, CatalogVersion version, Plan plan, Instant now) {
    PaymentMethod method = renewalMethod(tx);
    Invoice invoice =
        new Invoice(
            InvoiceId.random(),
            tenant,
            tx.nextInvoiceNumber(),
            InvoiceKind.INVOICE,
            InvoiceStatus.OPEN,
            plan.id(),
            version.version(),
            now,
            List.of(new InvoiceLine("line.plan", plan.id().value(), plan.price())),
            taxRate,
            Optional.empty());
    tx.insertInvoice(invoice);
    Payment payment =
        new Payment(
            Payment.orderIdOf(invoice.id()),
            tenant,
            invoice.id(),
            method,
            invoice.total(),
            PaymentState.PENDING,
            "new",
            Optional.empty(),
            Map.of(),
            now,
            now);
    tx.insertPayment(payment);
    return new PeriodEnd.Invoiced(invoice.id(), payment.orderId());
  }

  /** The method of the last invoice's payment, unless it needs the customer (a card). */
  private static PaymentMethod renewalMethod(BillingTransaction tx) {
    return tx.invoices().stream()
        .filter(i -> i.kind() == InvoiceKind.INVOICE)
        .findFirst()
        .flatMap(i -> tx.paymentForUpdate(Payment.orderIdOf(i.id())))
        .map(Payment::method)
        .filter(m -> m != PaymentMethod.CREDIT_CARD)
        .orElse(DEFAULT_RENEWAL_METHOD);
  }

  /** The renewal went unpaid: features stay on while reminders go out. */
  public Subscription markOverdue(TenantId tenant) {
    return move(tenant, SubscriptionStatus.ACTIVE, SubscriptionStatus.OVERDUE, null);
  }

  /** Still unpaid: the tenant is held to Free's entitlements; the plan stays for a quick return. */
  public Subscription restrict(TenantId tenant) {
    return move(tenant, SubscriptionStatus.OVERDUE, SubscriptionStatus.RESTRICTED, Tier.FREE);
  }

  /** Never paid: back to Free for good (a new purchase starts over). */
  public Subscription downgradeToFree(TenantId tenant) {
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          Subscription current = tx.subscriptionForUpdate().orElseThrow();
          if (!current.status().unpaid()) {
            return current; // paid meanwhile, or downgraded already
          }
          CatalogVersion version = catalog.versionAt(now);
          Plan free = version.plan(FREE).orElseThrow();
          Subscription after = Subscription.paid(tenant, free, version.version(), now);
          tx.saveSubscription(after);
          tx.setTenantTier(Tier.FREE);
          return after;
        });
  }

  /**
   * Moves the status {@code from} → {@code to} (and the tenant's tier, if given) only when the
   * subscription is in {@code from} with its period over; otherwise it was paid meanwhile or the
   * move was made already, and nothing changes.
   */
  private Subscription move(
      TenantId tenant, SubscriptionStatus from, SubscriptionStatus to, Tier tier) {
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          Subscription current = tx.subscriptionForUpdate().orElseThrow();
          boolean periodOver = current.periodEnd().map(end -> !now.isBefore(end)).orElse(false);
          boolean fromOk =
              current.status() == from
                  || (from == SubscriptionStatus.ACTIVE
                      && current.status() == SubscriptionStatus.TRIAL);
          if (!fromOk || !periodOver || current.plan().equals(FREE)) {
            return current;
          }
          Subscription after = current.withStatus(to);
          tx.saveSubscription(after);
          if (tier != null) {
            tx.setTenantTier(tier);
          }
          return after;
        });
  }
}

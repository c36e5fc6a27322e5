package id.nusatrade.billing.subscription;

import id.nusatrade.billing.catalog.BillingPeriod;
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
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.billing.PaymentGatewayException;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tenant's subscription and its changes. An upgrade creates, in one transaction, the proration
 * credit note, the invoice (gapless numbers) and the one payment of that invoice; then requests its
 * {@code payment} process ({@link BillingSignals#paymentRequested}) and tries the first charge with
 * the order id as idempotency key. A retried request finds that payment and returns it, or charges
 * it again with the same key if the first charge never got an answer, so one invoice is never
 * charged twice. The plan changes only when the payment settles; a denied or expired payment voids
 * the invoice and its credit note and leaves the old plan. Downgrades and cancellations wait for
 * the period's end.
 */
public final class SubscriptionService {
  /** An upgrade always leaves at least this much to pay (Midtrans refuses zero). */
  static final Idr MINIMUM_CHARGE = Idr.of(1_000);

  private static final System.Logger LOG = System.getLogger(SubscriptionService.class.getName());

  private final Catalog catalog;
  private final BillingStore store;
  private final TaxRate taxRate;
  private final Clock clock;
  private final InvoiceCharges charges;
  private final BillingSignals signals;

  public SubscriptionService(
      Catalog catalog, BillingStore store, PaymentGateway gateway, TaxRate taxRate, Clock clock) {
    this(catalog, store, gateway, taxRate, clock, BillingSignals.NONE);
  }

  /** {@code signals} hears of a started trial (the subscription process starts). */
  public SubscriptionService(
      Catalog catalog,
      BillingStore store,
      PaymentGateway gateway,
      TaxRate taxRate,
      Clock clock,
      BillingSignals signals) {
    this.catalog = catalog;
    this.store = store;
    this.taxRate = taxRate;
    this.clock = clock;
    this.charges = new InvoiceCharges(store, gateway, clock);
    this.signals = signals;
  }

  /** The tenant's subscription; a tenant that never subscribed is on Free. */
  public Subscription current(TenantId tenant) {
    Instant now = clock.instant();
    return store.inTenant(tenant, tx -> currentOrFree(tx, tenant, now));
  }

  /**
   * A new tenant on Free with its first user (onboarding's provisioning): the tenant row, the user
   * row and the Free subscription in one transaction. Idempotent: for a tenant that exists already
   * nothing changes and its current subscription is returned.
   *
   * @param timeZone WIB, WITA or WIT
   */
  public Subscription openFreeTenant(TenantId tenant, String name, String timeZone, User owner) {
    if (!owner.tenantId().equals(tenant)) {
      throw new IllegalArgumentException("the first user belongs to another tenant");
    }
    Instant now = clock.instant();
    return store.inTenant(
        tenant,
        tx -> {
          tx.createTenant(name, timeZone, owner);
          return currentOrFree(tx, tenant, now);
        });
  }

  public Optional<Payment> pendingPayment(TenantId tenant) {
    return store.inTenant(tenant, BillingTransaction::pendingPayment);
  }

  public ChangeResult change(TenantId tenant, PlanId planId, PaymentMethod method, boolean trial) {
    return change(tenant, planId, method, trial, null);
  }

  /**
   * {@code method} may be null for a downgrade or a trial; {@code cardToken} is the card
   * tokenisation's token, needed for card payments only.
   */
  public ChangeResult change(
      TenantId tenant, PlanId planId, PaymentMethod method, boolean trial, String cardToken) {
    if (method == PaymentMethod.CREDIT_CARD && (cardToken == null || cardToken.isBlank())) {
      throw new BillingException(
          BillingException.Kind.INVALID_REQUEST, "a card payment needs cardToken");
    }
    Instant now = clock.instant();
    CatalogVersion version = catalog.versionAt(now);
    Plan target =
        version
            .plan(planId)
            .orElseThrow(
                () ->
                    new BillingException(
                        BillingException.Kind.UNKNOWN_PLAN,
                        "plan "
                            + planId
                            + " is not in the catalog; plans: "
                            + version.plans().stream()
                                .map(p -> p.id().value())
                                .collect(Collectors.joining(", "))));
    ChangeResult result =
        store.inTenant(tenant, tx -> prepare(tx, tenant, version, target, method, trial, now));
    if (result instanceof ChangeResult.PaymentDue due) {
      return requestPayment(tenant, due, cardToken);
    }
    if (result instanceof ChangeResult.TrialStarted) {
      signals.subscriptionChanged(tenant);
    }
    return result;
  }

  private ChangeResult prepare(
      BillingTransaction tx,
      TenantId tenant,
      CatalogVersion version,
      Plan target,
      PaymentMethod method,
      boolean trial,
      Instant now) {
    Subscription current = currentOrFree(tx, tenant, now);
    Optional<Payment> pending = tx.pendingPayment();
    if (pending.isPresent()) {
      return retried(tx, pending.get(), target, method);
    }
    if (current.plan().equals(target.id()) && current.status() == SubscriptionStatus.ACTIVE) {
      throw conflict("the tenant is already on plan " + target.id());
    }
    if (trial) {
      return startTrial(tx, current, version, target, now);
    }
    if (target.isFree() || !isUpgrade(current, target)) {
      Subscription scheduled = current.withScheduledPlan(target.id());
      tx.saveSubscription(scheduled);
      return new ChangeResult.Scheduled(scheduled);
    }
    if (method == null) {
      throw new BillingException(
          BillingException.Kind.INVALID_REQUEST, "paymentMethod is required for an upgrade");
    }
    return invoiceUpgrade(tx, current, version, target, method, now);
  }

  private static ChangeResult retried(
      BillingTransaction tx, Payment pending, Plan target, PaymentMethod method) {
    Invoice invoice = tx.invoice(pending.invoice()).orElseThrow();
    if (!invoice.plan().equals(target.id()) || pending.method() != method) {
      throw conflict(
          "a payment for plan "
              + invoice.plan()
              + " by "
              + pending.method().id()
              + " (order "
              + pending.orderId()
              + ") is still pending: pay it or wait until it expires");
    }
    Optional<Invoice> credit = PaymentEffects.creditNotesOf(tx, invoice.id()).stream().findFirst();
    return new ChangeResult.PaymentDue(pending, invoice, credit);
  }

  private ChangeResult startTrial(
      BillingTransaction tx,
      Subscription current,
      CatalogVersion version,
      Plan target,
      Instant now) {
    if (target.trialDays() == 0
        || current.tier() != id.nusatrade.domain.tenant.Tier.FREE
        || !tx.invoices().isEmpty()) {
      throw conflict(
          "a trial of " + target.id() + " is only for tenants who never paid for a plan");
    }
    Subscription trial =
        new Subscription(
            current.tenant(),
            target.id(),
            target.tier(),
            version.version(),
            SubscriptionStatus.TRIAL,
            now,
            Optional.of(now.plus(Duration.ofDays(target.trialDays()))),
            Idr.ZERO,
            Optional.empty());
    tx.saveSubscription(trial);
    tx.setTenantTier(target.tier());
    return new ChangeResult.TrialStarted(trial);
  }

  private ChangeResult invoiceUpgrade(
      BillingTransaction tx,
      Subscription current,
      CatalogVersion version,
      Plan target,
      PaymentMethod method,
      Instant now) {
    Idr maxCredit = target.price().minus(MINIMUM_CHARGE);
    Idr credit = Proration.unusedCredit(current, now);
    credit = credit.compareTo(maxCredit) > 0 ? maxCredit : credit;
    InvoiceId invoiceId = InvoiceId.random();
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(new InvoiceLine("line.plan", target.id().value(), target.price()));
    Optional<Invoice> creditNote = Optional.empty();
    if (credit.sen() > 0) {
      Invoice note =
          new Invoice(
              InvoiceId.random(),
              current.tenant(),
              tx.nextInvoiceNumber(),
              InvoiceKind.CREDIT_NOTE,
              InvoiceStatus.OPEN,
              current.plan(),
              current.catalogVersion(),
              now,
              List.of(new InvoiceLine("line.proration", current.plan().value(), credit)),
              taxRate,
              Optional.of(invoiceId));
      tx.insertInvoice(note);
      lines.add(new InvoiceLine("line.credit", note.printedNumber(), Idr.ZERO.minus(credit)));
      creditNote = Optional.of(note);
    }
    Invoice invoice =
        new Invoice(
            invoiceId,
            current.tenant(),
            tx.nextInvoiceNumber(),
            InvoiceKind.INVOICE,
            InvoiceStatus.OPEN,
            target.id(),
            version.version(),
            now,
            lines,
            taxRate,
            Optional.empty());
    tx.insertInvoice(invoice);
    Payment payment =
        new Payment(
            Payment.orderIdOf(invoiceId),
            current.tenant(),
            invoiceId,
            method,
            invoice.total(),
            PaymentState.PENDING,
            "new",
            Optional.empty(),
            Map.of(),
            now,
            now);
    tx.insertPayment(payment);
    return new ChangeResult.PaymentDue(payment, invoice, creditNote);
  }

  /**
   * The upgrade's invoice committed: its {@code payment} process is requested, and the charge is
   * tried once here so the answer can show the VA number, QR or redirect at once. The process owns
   * the payment from then on: it charges if this attempt got no answer (same idempotency key, so
   * never twice), waits for the notification, and at the window's end expires the payment and
   * cancels it at the gateway. Only a settled payment activates the plan ({@link PaymentEffects}).
   * A card's token is single-use and only this request has it, so a card charge that got no answer
   * fails the request (the user retries with a new token) instead of being left to the process.
   */
  private ChangeResult.PaymentDue requestPayment(
      TenantId tenant, ChangeResult.PaymentDue due, String cardToken) {
    Payment payment = due.payment();
    boolean card = payment.method() == PaymentMethod.CREDIT_CARD;
    if (!payment.charged()) {
      try {
        payment = charges.charge(tenant, payment, due.invoice(), cardToken);
      } catch (PaymentGatewayException e) {
        if (!e.retryable() || card) {
          throw e;
        }
        LOG.log(
            System.Logger.Level.WARNING,
            "first charge of "
                + payment.orderId()
                + " got no answer; its payment process charges it: "
                + e.getMessage());
      }
    }
    signals.paymentRequested(tenant, due.invoice().id(), payment.orderId());
    return new ChangeResult.PaymentDue(payment, due.invoice(), due.creditNote());
  }

  private boolean isUpgrade(Subscription current, Plan target) {
    if (current.status() == SubscriptionStatus.TRIAL || current.status().unpaid()) {
      return true; // a trial converts, an unpaid renewal is bought again
    }
    int byTier = target.tier().compareTo(current.tier());
    if (byTier != 0) {
      return byTier > 0;
    }
    BillingPeriod currentPeriod =
        catalog
            .version(current.catalogVersion())
            .plan(current.plan())
            .map(Plan::period)
            .orElse(null);
    return currentPeriod == BillingPeriod.MONTHLY && target.period() == BillingPeriod.YEARLY;
  }

  /**
   * The stored subscription, or the first one: the monthly plan of the tier on the tenant's row
   * (Free for a new tenant). A tenant put on a paid tier before billing existed keeps it for a
   * period at no charge, so upgrading from it earns no proration credit.
   */
  private Subscription currentOrFree(BillingTransaction tx, TenantId tenant, Instant now) {
    return tx.subscriptionForUpdate()
        .orElseGet(
            () -> {
              CatalogVersion version = catalog.versionAt(now);
              Plan plan = version.monthlyPlanOf(tx.tenantTier()).orElseThrow();
              Subscription paid = Subscription.paid(tenant, plan, version.version(), now);
              Subscription first =
                  new Subscription(
                      tenant,
                      plan.id(),
                      plan.tier(),
                      version.version(),
                      SubscriptionStatus.ACTIVE,
                      now,
                      paid.periodEnd(),
                      Idr.ZERO,
                      Optional.empty());
              tx.saveSubscription(first);
              return first;
            });
  }

  private static BillingException conflict(String message) {
    return new BillingException(BillingException.Kind.CONFLICT, message);
  }
}

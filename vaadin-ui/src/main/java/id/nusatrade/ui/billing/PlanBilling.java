package id.nusatrade.ui.billing;

import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.catalog.CatalogVersion;
import id.nusatrade.billing.catalog.PlanId;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoicePdf;
import id.nusatrade.billing.invoice.InvoiceText;
import id.nusatrade.billing.invoice.Invoices;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.subscription.ChangeResult;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageReport;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.PaymentMethod;
import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the plan page reads and does, delegated to billing's services (the same ones the REST API
 * uses): the subscription, this period's usage, the catalog, a plan change and the invoices.
 */
public final class PlanBilling {
  /**
   * The methods the page offers: every one {@link SubscriptionService#change} accepts except card,
   * whose token only Midtrans' card tokenisation in the browser can make (the REST API takes it).
   */
  public static final List<PaymentMethod> METHODS =
      Arrays.stream(PaymentMethod.values()).filter(m -> m != PaymentMethod.CREDIT_CARD).toList();

  private final Catalog catalog;
  private final SubscriptionService subscriptions;
  private final UsageService usage;
  private final Invoices invoices;
  private final TenantRepository tenants;
  private final Clock clock;

  public PlanBilling(
      Catalog catalog,
      SubscriptionService subscriptions,
      UsageService usage,
      Invoices invoices,
      TenantRepository tenants,
      Clock clock) {
    this.catalog = catalog;
    this.subscriptions = subscriptions;
    this.usage = usage;
    this.invoices = invoices;
    this.tenants = tenants;
    this.clock = clock;
  }

  public Subscription subscription(TenantId tenant) {
    return subscriptions.current(tenant);
  }

  public Optional<Payment> pendingPayment(TenantId tenant) {
    return subscriptions.pendingPayment(tenant);
  }

  public UsageReport usage(TenantId tenant) {
    return usage.report(tenant);
  }

  /** The catalog in force now: the plans one can change to. */
  public CatalogVersion catalog() {
    return catalog.versionAt(clock.instant());
  }

  /** An upgrade (paid by {@code method}) or a downgrade scheduled for the period's end. */
  public ChangeResult change(TenantId tenant, String planId, PaymentMethod method) {
    return subscriptions.change(tenant, new PlanId(planId), method, false);
  }

  /** Newest first. */
  public List<Invoice> invoices(TenantId tenant) {
    return invoices.of(tenant);
  }

  /** The invoice as PDF in the page's language; another tenant's invoice is not found. */
  public Optional<byte[]> pdf(TenantId tenant, InvoiceId id, String language) {
    String name = tenants.findTenant(tenant, tenant).map(Tenant::name).orElse(tenant.toString());
    return invoices
        .find(tenant, id)
        .map(invoice -> InvoicePdf.render(invoice, name, InvoiceText.forLanguage(language)));
  }
}

package id.nusatrade.ui.platform;

import id.nusatrade.billing.BillingSetting;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.Invoices;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.midtrans.MidtransPaymentGateway;
import id.nusatrade.billing.midtrans.MidtransSettings;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.ui.billing.PlanBilling;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Billing's services for the plan page, built as the REST application's {@code BillingWiring}
 * builds them: the same PostgreSQL store (application role, row-level security), the Midtrans
 * gateway and PPN from the same environment settings. The UI starts no trial, so it sends the
 * processes no signal: a settled payment reaches them through the notification endpoint as for the
 * REST API.
 */
@ApplicationScoped
public class PlanBillingProducer {
  @Resource(lookup = "jdbc/nusatrade")
  private DataSource app;

  @Inject private Clock clock;

  @Inject private TenantRepository tenants;

  @Produces
  @Singleton
  PlanBilling planBilling() {
    Catalog catalog = Catalog.standard();
    BillingStore store = new PostgresBillingStore(app);
    MidtransPaymentGateway gateway =
        new MidtransPaymentGateway(
            new MidtransSettings(
                URI.create(BillingSetting.MIDTRANS_BASE_URL.fromEnvironment()),
                new ServerKey(BillingSetting.MIDTRANS_SERVER_KEY.fromEnvironment()),
                Duration.ofSeconds(
                    Long.parseLong(BillingSetting.MIDTRANS_TIMEOUT_SECONDS.fromEnvironment()))));
    return new PlanBilling(
        catalog,
        new SubscriptionService(
            catalog,
            store,
            gateway,
            TaxRate.percent(BillingSetting.PPN_PERCENT.fromEnvironment()),
            clock),
        new UsageService(catalog, store, clock),
        new Invoices(store),
        tenants,
        clock);
  }
}

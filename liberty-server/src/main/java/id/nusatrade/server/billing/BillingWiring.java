package id.nusatrade.server.billing;

import id.nusatrade.billing.BillingSetting;
import id.nusatrade.billing.apikey.ApiCallGate;
import id.nusatrade.billing.apikey.ApiKeyService;
import id.nusatrade.billing.apikey.ApiRateLimiter;
import id.nusatrade.billing.catalog.Catalog;
import id.nusatrade.billing.invoice.Invoices;
import id.nusatrade.billing.invoice.TaxRate;
import id.nusatrade.billing.midtrans.MidtransPaymentGateway;
import id.nusatrade.billing.midtrans.MidtransSettings;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.PaymentGateway;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Billing's services as CDI beans, built once from configuration. The catalog bean is also the
 * {@link id.nusatrade.domain.billing.EntitlementCatalog} other areas inject.
 */
@ApplicationScoped
public class BillingWiring {
  @Resource(lookup = "jdbc/nusatrade")
  DataSource app;

  @Inject Config config;
  @Inject Clock clock;

  private String setting(BillingSetting setting) {
    return setting.from(name -> config.getOptionalValue(name, String.class).orElse(null));
  }

  @Produces
  @Singleton
  Catalog catalog() {
    return Catalog.standard();
  }

  @Produces
  @Singleton
  Invoices invoices(BillingStore store) {
    return new Invoices(store);
  }

  @Produces
  @Singleton
  BillingStore billingStore() {
    return new PostgresBillingStore(app);
  }

  @Produces
  @Singleton
  ServerKey serverKey() {
    return new ServerKey(setting(BillingSetting.MIDTRANS_SERVER_KEY));
  }

  @Produces
  @Singleton
  PaymentGateway paymentGateway(ServerKey key) {
    return new MidtransPaymentGateway(
        new MidtransSettings(
            URI.create(setting(BillingSetting.MIDTRANS_BASE_URL)),
            key,
            Duration.ofSeconds(Long.parseLong(setting(BillingSetting.MIDTRANS_TIMEOUT_SECONDS)))));
  }

  @Produces
  @Singleton
  SubscriptionService subscriptions(Catalog catalog, BillingStore store, PaymentGateway gateway) {
    return new SubscriptionService(
        catalog, store, gateway, TaxRate.percent(setting(BillingSetting.PPN_PERCENT)), clock);
  }

  /** Also the {@link id.nusatrade.domain.billing.UsageMeter} that metered endpoints call. */
  @Produces
  @Singleton
  UsageService usage(Catalog catalog, BillingStore store) {
    return new UsageService(catalog, store, clock);
  }

  @Produces
  @Singleton
  NotificationHandler notifications(
      ServerKey key, PaymentGateway gateway, BillingStore store, Catalog catalog) {
    return new NotificationHandler(
        new NotificationSignature(key), gateway, store, new PaymentEffects(catalog), clock);
  }

  @Produces
  @Singleton
  ApiKeyService apiKeys(BillingStore store) {
    return new ApiKeyService(store, new SecureRandom(), clock);
  }

  /** One limiter for the process: the per-minute windows of every key and user. */
  @Produces
  @Singleton
  ApiCallGate apiCalls(Catalog catalog, BillingStore store) {
    return new ApiCallGate(catalog, store, ApiRateLimiter.systemTime(), clock);
  }
}

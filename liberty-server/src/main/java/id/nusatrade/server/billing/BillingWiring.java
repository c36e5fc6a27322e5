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
import id.nusatrade.billing.notice.Notices;
import id.nusatrade.billing.payment.InvoiceCharges;
import id.nusatrade.billing.payment.NotificationHandler;
import id.nusatrade.billing.payment.NotificationSignature;
import id.nusatrade.billing.payment.PaymentExpiry;
import id.nusatrade.billing.payment.ServerKey;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.jdbc.PostgresBillingStore;
import id.nusatrade.billing.subscription.BillingSignals;
import id.nusatrade.billing.subscription.DunningTerms;
import id.nusatrade.billing.subscription.PaymentEffects;
import id.nusatrade.billing.subscription.SubscriptionLifecycle;
import id.nusatrade.billing.subscription.SubscriptionService;
import id.nusatrade.billing.usage.UsageService;
import id.nusatrade.domain.billing.PaymentGateway;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.workers.billing.BillingWorkers;
import id.nusatrade.workers.billing.ProcessBillingSignals;
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
  SubscriptionService subscriptions(
      Catalog catalog, BillingStore store, PaymentGateway gateway, BillingSignals signals) {
    return new SubscriptionService(
        catalog,
        store,
        gateway,
        TaxRate.percent(setting(BillingSetting.PPN_PERCENT)),
        clock,
        signals);
  }

  /** Billing's signals to the subscription and payment processes, over the bus relay. */
  @Produces
  @Singleton
  BillingSignals signals(EventPublisher publisher) {
    return new ProcessBillingSignals(
        publisher,
        clock,
        DunningTerms.fromSettings(name -> config.getOptionalValue(name, String.class).orElse(null))
            .paymentExpiry());
  }

  /** The services behind the subscription and payment processes' workers. */
  @Produces
  @Singleton
  BillingWorkers billingWorkers(
      Catalog catalog,
      BillingStore store,
      PaymentGateway gateway,
      NotificationHandler notifications) {
    return new BillingWorkers(
        new SubscriptionLifecycle(
            catalog, store, TaxRate.percent(setting(BillingSetting.PPN_PERCENT)), clock),
        new InvoiceCharges(store, gateway, clock),
        new PaymentExpiry(notifications, gateway, store, new PaymentEffects(catalog), clock),
        new Notices(store, clock),
        DunningTerms.fromSettings(
            name -> config.getOptionalValue(name, String.class).orElse(null)));
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
      ServerKey key,
      PaymentGateway gateway,
      BillingStore store,
      Catalog catalog,
      BillingSignals signals) {
    return new NotificationHandler(
        new NotificationSignature(key),
        gateway,
        store,
        new PaymentEffects(catalog),
        clock,
        signals);
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

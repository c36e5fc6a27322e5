package id.nusatrade.billing.store;

import id.nusatrade.billing.apikey.ApiKey;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.notice.Notice;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What billing reads and writes inside one tenant's transaction. */
public interface BillingTransaction {
  /** The subscription, locked until the transaction ends; empty if the tenant never had one. */
  Optional<Subscription> subscriptionForUpdate();

  void saveSubscription(Subscription subscription);

  /**
   * Creates the tenant's row on Free with its first user, unless it exists (then nothing changes).
   *
   * @return whether it was created now
   */
  boolean createTenant(String name, String timeZone, User owner);

  /** The tier on the tenant's row (what a tenant created before billing existed has). */
  Tier tenantTier();

  /** The tier every other area reads (the tenant's row), kept equal to the subscription's. */
  void setTenantTier(Tier tier);

  /** The next number of the tenant's one document sequence: gapless, rolled back with the rest. */
  long nextInvoiceNumber();

  void insertInvoice(Invoice invoice);

  void setInvoiceStatus(InvoiceId id, InvoiceStatus status);

  Optional<Invoice> invoice(InvoiceId id);

  /** Newest first. */
  List<Invoice> invoices();

  void insertPayment(Payment payment);

  Optional<Payment> paymentForUpdate(OrderId orderId);

  /** The payment still waiting to be paid, if any (at most one per tenant). */
  Optional<Payment> pendingPayment();

  void updatePayment(Payment payment);

  /**
   * Counts a usage event in its period's roll-up unless its id was counted before; true if it
   * counted now.
   */
  boolean recordUsage(UsageEvent event, LocalDate periodStart);

  /**
   * {@link #recordUsage} for many events of one period at once (a consumer's batch); the number
   * counted now, the repeated ids left out.
   */
  default int recordUsage(java.util.List<UsageEvent> events, LocalDate periodStart) {
    int counted = 0;
    for (UsageEvent event : events) {
      if (recordUsage(event, periodStart)) {
        counted++;
      }
    }
    return counted;
  }

  /** The period's roll-up row of a metric, locked until the transaction ends (0 if none yet). */
  long usageForUpdate(UsageMetric metric, LocalDate periodStart);

  /** Whether an event id was already counted. */
  boolean usageCounted(String eventId);

  /** Every metric's use in the period (metrics never used are absent). */
  java.util.Map<UsageMetric, Long> usage(LocalDate periodStart);

  /** Keeps every notification delivery and what it did, for support and audit. */
  void recordDelivery(OrderId orderId, String transactionStatus, String outcome, Instant at);

  void insertApiKey(ApiKey key, byte[] secretHash);

  /** {@code owner}'s keys, newest first. */
  List<ApiKey> apiKeys(String owner);

  /** Marks {@code owner}'s key revoked (once); false when the owner has no key {@code id}. */
  boolean revokeApiKey(String owner, String id, Instant at);

  /** Replaces the secret hash of {@code owner}'s live key; empty when there is none. */
  Optional<ApiKey> rotateApiKey(String owner, String id, byte[] secretHash, Instant at);

  void touchApiKey(String id, Instant at);

  /** Records a notice unless the same (invoice, kind, sequence) was issued; true if new. */
  boolean recordNotice(Notice notice);

  /** Every notice of the tenant, oldest first. */
  List<Notice> notices();
}

package id.nusatrade.billing.support;

import id.nusatrade.billing.apikey.ApiKey;
import id.nusatrade.billing.apikey.KeyCredentials;
import id.nusatrade.billing.invoice.Invoice;
import id.nusatrade.billing.invoice.InvoiceId;
import id.nusatrade.billing.invoice.InvoiceStatus;
import id.nusatrade.billing.notice.Notice;
import id.nusatrade.billing.payment.Payment;
import id.nusatrade.billing.payment.PaymentState;
import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.store.BillingTransaction;
import id.nusatrade.billing.subscription.Subscription;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.Tier;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Billing state in memory for unit tests: one lock stands in for the tenant transaction. */
public final class InMemoryBillingStore implements BillingStore {
  public final Map<TenantId, Subscription> subscriptions = new HashMap<>();
  public final Map<TenantId, Tier> tiers = new HashMap<>();
  public final Map<TenantId, String> tenantNames = new HashMap<>();
  public final Map<UserId, User> users = new HashMap<>();
  public final Map<InvoiceId, Invoice> invoices = new LinkedHashMap<>();
  public final Map<OrderId, Payment> payments = new LinkedHashMap<>();
  public final List<String> deliveries = new ArrayList<>();
  public final List<Notice> notices = new ArrayList<>();
  private final Map<TenantId, Long> counters = new HashMap<>();
  private final java.util.Set<String> usageEvents = new java.util.HashSet<>();
  private final Map<String, Long> usage = new HashMap<>();

  @Override
  public synchronized Optional<TenantId> tenantOf(OrderId orderId) {
    return Optional.ofNullable(payments.get(orderId)).map(Payment::tenant);
  }

  /** API keys by id, with their secret hashes. */
  public final Map<String, ApiKey> apiKeys = new LinkedHashMap<>();

  private final Map<String, byte[]> apiKeyHashes = new HashMap<>();

  @Override
  public synchronized Optional<KeyCredentials> apiKeyCredentials(String keyId) {
    return Optional.ofNullable(apiKeys.get(keyId))
        .filter(k -> !k.revoked())
        .map(k -> new KeyCredentials(k.tenant(), k.owner(), k.roles(), apiKeyHashes.get(keyId)));
  }

  @Override
  public synchronized <T> T inTenant(TenantId tenant, Function<BillingTransaction, T> work) {
    return work.apply(new Tx(tenant));
  }

  private final class Tx implements BillingTransaction {
    private final TenantId tenant;

    Tx(TenantId tenant) {
      this.tenant = tenant;
    }

    @Override
    public Optional<Subscription> subscriptionForUpdate() {
      return Optional.ofNullable(subscriptions.get(tenant));
    }

    @Override
    public void saveSubscription(Subscription subscription) {
      subscriptions.put(tenant, subscription);
    }

    @Override
    public boolean createTenant(String name, String timeZone, User owner) {
      if (tenantNames.containsKey(tenant)) {
        return false;
      }
      tenantNames.put(tenant, name);
      tiers.put(tenant, Tier.FREE);
      users.putIfAbsent(owner.id(), owner);
      return true;
    }

    @Override
    public Tier tenantTier() {
      return tiers.getOrDefault(tenant, Tier.FREE);
    }

    @Override
    public void setTenantTier(Tier tier) {
      tiers.put(tenant, tier);
    }

    @Override
    public long nextInvoiceNumber() {
      return counters.merge(tenant, 1L, Long::sum);
    }

    @Override
    public void insertInvoice(Invoice invoice) {
      invoices.put(invoice.id(), invoice);
    }

    @Override
    public void setInvoiceStatus(InvoiceId id, InvoiceStatus status) {
      invoices.computeIfPresent(id, (k, v) -> v.withStatus(status));
    }

    @Override
    public Optional<Invoice> invoice(InvoiceId id) {
      return Optional.ofNullable(invoices.get(id)).filter(i -> i.tenant().equals(tenant));
    }

    @Override
    public List<Invoice> invoices() {
      return invoices.values().stream()
          .filter(i -> i.tenant().equals(tenant))
          .sorted(Comparator.comparingLong(Invoice::number).reversed())
          .toList();
    }

    @Override
    public void insertPayment(Payment payment) {
      payments.put(payment.orderId(), payment);
    }

    @Override
    public Optional<Payment> paymentForUpdate(OrderId orderId) {
      return Optional.ofNullable(payments.get(orderId)).filter(p -> p.tenant().equals(tenant));
    }

    @Override
    public Optional<Payment> pendingPayment() {
      return payments.values().stream()
          .filter(p -> p.tenant().equals(tenant) && p.state() == PaymentState.PENDING)
          .findFirst();
    }

    @Override
    public void updatePayment(Payment payment) {
      payments.put(payment.orderId(), payment);
    }

    @Override
    public boolean recordUsage(UsageEvent event, LocalDate periodStart) {
      if (!usageEvents.add(tenant + "/" + event.eventId())) {
        return false;
      }
      usage.merge(tenant + "/" + event.metric() + "/" + periodStart, event.quantity(), Long::sum);
      return true;
    }

    @Override
    public long usageForUpdate(UsageMetric metric, LocalDate periodStart) {
      return usage.getOrDefault(tenant + "/" + metric + "/" + periodStart, 0L);
    }

    @Override
    public boolean usageCounted(String eventId) {
      return usageEvents.contains(tenant + "/" + eventId);
    }

    @Override
    public Map<UsageMetric, Long> usage(LocalDate periodStart) {
      Map<UsageMetric, Long> out = new java.util.EnumMap<>(UsageMetric.class);
      for (UsageMetric m : UsageMetric.values()) {
        Long used = usage.get(tenant + "/" + m + "/" + periodStart);
        if (used != null) {
          out.put(m, used);
        }
      }
      return out;
    }

    @Override
    public void recordDelivery(OrderId orderId, String status, String outcome, Instant at) {
      deliveries.add(orderId + " " + status + " " + outcome);
    }

    @Override
    public void insertApiKey(ApiKey key, byte[] secretHash) {
      if (apiKeys.putIfAbsent(key.id(), key) != null) {
        throw new IllegalStateException("duplicate API key id " + key.id());
      }
      apiKeyHashes.put(key.id(), secretHash.clone());
    }

    @Override
    public List<ApiKey> apiKeys(String owner) {
      return apiKeys.values().stream()
          .filter(k -> k.tenant().equals(tenant) && k.owner().equals(owner))
          .sorted(Comparator.comparing(ApiKey::createdAt).reversed())
          .toList();
    }

    @Override
    public boolean revokeApiKey(String owner, String id, Instant at) {
      Optional<ApiKey> key = mine(owner, id);
      key.filter(k -> !k.revoked())
          .ifPresent(
              k ->
                  apiKeys.put(
                      id,
                      new ApiKey(
                          k.id(),
                          k.tenant(),
                          k.owner(),
                          k.roles(),
                          k.name(),
                          k.createdAt(),
                          k.rotatedAt(),
                          k.lastUsedAt(),
                          Optional.of(at))));
      return key.isPresent();
    }

    @Override
    public Optional<ApiKey> rotateApiKey(String owner, String id, byte[] secretHash, Instant at) {
      return mine(owner, id)
          .filter(k -> !k.revoked())
          .map(
              k -> {
                ApiKey rotated =
                    new ApiKey(
                        k.id(),
                        k.tenant(),
                        k.owner(),
                        k.roles(),
                        k.name(),
                        k.createdAt(),
                        Optional.of(at),
                        k.lastUsedAt(),
                        k.revokedAt());
                apiKeys.put(id, rotated);
                apiKeyHashes.put(id, secretHash.clone());
                return rotated;
              });
    }

    @Override
    public void touchApiKey(String id, Instant at) {
      mine(apiKeys.containsKey(id) ? apiKeys.get(id).owner() : "", id)
          .ifPresent(
              k ->
                  apiKeys.put(
                      id,
                      new ApiKey(
                          k.id(),
                          k.tenant(),
                          k.owner(),
                          k.roles(),
                          k.name(),
                          k.createdAt(),
                          k.rotatedAt(),
                          Optional.of(at),
                          k.revokedAt())));
    }

    private Optional<ApiKey> mine(String owner, String id) {
      return Optional.ofNullable(apiKeys.get(id))
          .filter(k -> k.tenant().equals(tenant) && k.owner().equals(owner));
    }

    @Override
    public boolean recordNotice(Notice notice) {
      boolean issued =
          notices.stream()
              .anyMatch(
                  n ->
                      n.invoice().equals(notice.invoice())
                          && n.kind() == notice.kind()
                          && n.sequence() == notice.sequence());
      return !issued && notices.add(notice);
    }

    @Override
    public List<Notice> notices() {
      return List.copyOf(notices);
    }
  }
}

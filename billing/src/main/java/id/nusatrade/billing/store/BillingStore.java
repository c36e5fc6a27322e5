package id.nusatrade.billing.store;

import id.nusatrade.billing.apikey.KeyCredentials;
import id.nusatrade.domain.billing.OrderId;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Optional;
import java.util.function.Function;

/** Port: billing's persistence, one tenant-scoped transaction per unit of work. */
public interface BillingStore {
  /** Which tenant an order id belongs to (a notification carries no tenant). */
  Optional<TenantId> tenantOf(OrderId orderId);

  /** Whose live (not revoked) API key {@code keyId} is, with its secret's hash (no tenant yet). */
  Optional<KeyCredentials> apiKeyCredentials(String keyId);

  /**
   * Runs {@code work} in one transaction that sees only {@code tenant}'s rows; commits at the end.
   */
  <T> T inTenant(TenantId tenant, Function<BillingTransaction, T> work);
}

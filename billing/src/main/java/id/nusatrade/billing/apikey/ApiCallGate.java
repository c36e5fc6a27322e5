package id.nusatrade.billing.apikey;

import id.nusatrade.billing.store.BillingStore;
import id.nusatrade.billing.usage.UsagePeriod;
import id.nusatrade.domain.billing.EntitlementCatalog;
import id.nusatrade.domain.billing.UsageEvent;
import id.nusatrade.domain.billing.UsageMetric;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Admits one authenticated REST call: the tenant's tier gives the per-minute limit (from the {@link
 * EntitlementCatalog}, the one source), the caller's subject (its key, or the user) takes a permit,
 * and an admitted call is counted as {@link UsageMetric#API_CALLS} once per request id and marks
 * its key as used, in the tenant's transaction.
 */
public final class ApiCallGate {
  /** One call: who makes it ({@code subject} names its limiter) and its request id. */
  public record ApiCall(
      TenantId tenant, String subject, Optional<String> apiKeyId, String requestId) {}

  private final EntitlementCatalog catalog;
  private final BillingStore store;
  private final ApiRateLimiter limiter;
  private final Clock clock;

  public ApiCallGate(
      EntitlementCatalog catalog, BillingStore store, ApiRateLimiter limiter, Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.limiter = limiter;
    this.clock = clock;
  }

  public RateDecision admit(ApiCall call) {
    return store.inTenant(
        call.tenant(),
        tx -> {
          Instant now = clock.instant();
          int limit = catalog.entitlementsOf(tx.tenantTier(), now).apiRequestsPerMinute();
          RateDecision decision = limiter.acquire(call.subject(), limit);
          if (decision.admitted()) {
            tx.recordUsage(
                new UsageEvent(call.requestId(), call.tenant(), UsageMetric.API_CALLS, now, 1),
                UsagePeriod.of(now).start());
            call.apiKeyId().ifPresent(id -> tx.touchApiKey(id, now));
          }
          return decision;
        });
  }
}

package id.nusatrade.domain.billing;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One use of something metered. {@code eventId} is the producer's id for it: the same id counted
 * twice (a retry, a redelivered message) counts once.
 */
public record UsageEvent(
    String eventId, TenantId tenant, UsageMetric metric, Instant occurredAt, long quantity) {
  public UsageEvent {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (eventId == null || eventId.isBlank() || eventId.length() > 100) {
      throw new IllegalArgumentException("usage eventId must be 1 to 100 characters");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("usage quantity must be > 0: " + quantity);
    }
  }
}

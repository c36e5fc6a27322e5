package id.nusatrade.domain.event;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event on the bus: identity, owning tenant, type (for example {@code market.bar.closed}), when
 * it happened, the payload's schema version and the payload as JSON text.
 */
public record EventEnvelope(
    UUID id,
    TenantId tenantId,
    String type,
    Instant occurredAt,
    int schemaVersion,
    String payload) {
  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
    if (type == null || !type.matches("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+")) {
      throw new IllegalArgumentException("event type must be dotted lower case: " + type);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schema version starts at 1");
    }
  }
}

package id.nusatrade.domain.audit;

import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something that happened and must be provable later: who (actor), did what (action, dotted lower
 * case such as {@code access.forbidden}), to what (subject), when, for which tenant (absent when no
 * tenant is known yet, e.g. a request without a token) and details as JSON text.
 *
 * <p>The instant is truncated to microseconds because that is what the store keeps; hashing a value
 * the store cannot return would make every record look edited.
 */
public record AuditEvent(
    TenantId tenantId,
    String actor,
    String action,
    String subject,
    Instant occurredAt,
    String payload) {
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  public AuditEvent {
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireText(actor, "actor", 200);
    requireText(subject, "subject", 500);
    if (action == null || action.length() > 100 || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("action must be dotted lower case: " + action);
    }
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    payload = payload == null || payload.isBlank() ? "{}" : payload;
  }

  public Optional<TenantId> tenant() {
    return Optional.ofNullable(tenantId);
  }

  private static void requireText(String value, String name, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be 1.." + maxLength + " characters");
    }
  }
}

package id.nusatrade.billing.apikey;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A stored API key as its owner sees it: never the secret. {@code roles} are the owner's platform
 * roles when the key was created; the key acts with exactly those.
 */
public record ApiKey(
    String id,
    TenantId tenant,
    String owner,
    Set<Role> roles,
    String name,
    Instant createdAt,
    Optional<Instant> rotatedAt,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {
  public ApiKey {
    roles = Set.copyOf(roles);
  }

  public boolean revoked() {
    return revokedAt.isPresent();
  }
}

package id.nusatrade.domain.tenant;

import java.util.Objects;
import java.util.Set;

/** A person who signs in; belongs to exactly one tenant. */
public record User(UserId id, TenantId tenantId, String username, String email, Set<Role> roles) {
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}

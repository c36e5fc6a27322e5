package id.nusatrade.ui.security;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Set;

/** The person behind the current browser session, as the identity provider vouched for them. */
public record SignedInUser(String username, TenantId tenantId, Set<Role> roles) {
  public SignedInUser {
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

package id.nusatrade.server.security;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller as the API sees it. A token without a usable {@code tenant_id} still
 * authenticates (the identity provider vouched for the person) but cannot reach tenant data.
 */
public record Caller(String username, Optional<TenantId> tenant, Set<Role> roles, String session) {
  public Caller {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}

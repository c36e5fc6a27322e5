package id.nusatrade.ui.tenant;

import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.ui.security.SignedInUser;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A tenant with its users, as the signed-in user is allowed to see it. */
public record TenantProfile(Tenant tenant, List<User> users) {
  public TenantProfile {
    users = List.copyOf(users);
  }

  /** Loads the caller's own tenant; empty when the repository does not show it to them. */
  public static Optional<TenantProfile> load(TenantRepository tenants, SignedInUser caller) {
    var tenantId = caller.tenantId();
    return tenants
        .findTenant(tenantId, tenantId)
        .map(
            t ->
                new TenantProfile(
                    t,
                    tenants.usersOf(tenantId).stream()
                        .sorted(Comparator.comparing(User::username))
                        .toList()));
  }
}

package id.nusatrade.ui.support;

import id.nusatrade.domain.tenant.Tenant;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.domain.tenant.TenantRepository;
import id.nusatrade.domain.tenant.User;
import id.nusatrade.domain.tenant.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Port double for view tests, with the port's isolation contract: another tenant's rows are
 * invisible to the caller. (The PostgreSQL adapter is tested against a real server.)
 */
public record InMemoryTenantRepository(List<Tenant> tenants, List<User> users)
    implements TenantRepository {
  @Override
  public Optional<Tenant> findTenant(TenantId caller, TenantId id) {
    return tenants.stream().filter(t -> t.id().equals(id) && id.equals(caller)).findFirst();
  }

  @Override
  public List<User> usersOf(TenantId caller) {
    return users.stream().filter(u -> u.tenantId().equals(caller)).toList();
  }

  @Override
  public Optional<User> findUser(TenantId caller, UserId id) {
    return usersOf(caller).stream().filter(u -> u.id().equals(id)).findFirst();
  }
}

package id.nusatrade.domain.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Port for tenants and their users. Implementations enforce tenant isolation: every call runs with
 * the caller's tenant as context, and another tenant's rows are invisible (not an error).
 */
public interface TenantRepository {
  Optional<Tenant> findTenant(TenantId caller, TenantId id);

  List<User> usersOf(TenantId caller);

  Optional<User> findUser(TenantId caller, UserId id);
}

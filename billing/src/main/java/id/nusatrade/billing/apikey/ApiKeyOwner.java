package id.nusatrade.billing.apikey;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Set;

/** Who a verified key acts for: the owner's tenant, username and roles. */
public record ApiKeyOwner(String keyId, TenantId tenant, String username, Set<Role> roles) {
  public ApiKeyOwner {
    roles = Set.copyOf(roles);
  }
}

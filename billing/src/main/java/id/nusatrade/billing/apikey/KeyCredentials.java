package id.nusatrade.billing.apikey;

import id.nusatrade.domain.tenant.Role;
import id.nusatrade.domain.tenant.TenantId;
import java.util.Set;

/** What authenticating a key needs from the store: whose it is and the hash of its secret. */
public record KeyCredentials(TenantId tenant, String owner, Set<Role> roles, byte[] secretHash) {}

package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.server.security.Caller;
import jakarta.ws.rs.ForbiddenException;

/** The caller's tenant, which every tenant-data call needs; a token without one gets a 403. */
final class CallerTenant {
  private CallerTenant() {}

  static TenantId of(Caller caller) {
    return caller
        .tenant()
        .orElseThrow(() -> new ForbiddenException("the token carries no tenant_id claim"));
  }
}

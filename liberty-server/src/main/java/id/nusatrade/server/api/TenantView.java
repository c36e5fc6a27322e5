package id.nusatrade.server.api;

import id.nusatrade.domain.tenant.Tenant;
import java.util.Locale;

/** A tenant as the API shows it. */
public record TenantView(String id, String name, String tier, String timeZone) {
  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id().toString(),
        tenant.name(),
        tenant.tier().name().toLowerCase(Locale.ROOT),
        tenant.zone().name());
  }
}

package id.nusatrade.domain.tenant;

import id.nusatrade.domain.time.IndonesianZone;
import java.util.Objects;

/** A subscribing organisation or individual trader. */
public record Tenant(TenantId id, String name, Tier tier, IndonesianZone zone) {
  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(zone, "zone");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("tenant name must not be blank");
    }
    if (name.length() > 200) {
      throw new IllegalArgumentException("tenant name longer than 200 characters");
    }
  }
}

package id.nusatrade.domain.billing;

import id.nusatrade.domain.money.Idr;
import id.nusatrade.domain.tenant.Tier;
import java.time.Instant;

/**
 * Port to the catalog: what each tier entitles a tenant to and what it costs, as of an instant (the
 * catalog is versioned by effective date). The billing module implements it from its catalog file.
 */
public interface EntitlementCatalog {
  Entitlements entitlementsOf(Tier tier, Instant at);

  /** The list price of one month of the tier (zero for Free), as of {@code at}. */
  Idr monthlyPriceOf(Tier tier, Instant at);
}

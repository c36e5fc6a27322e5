package id.nusatrade.domain.tenant;

/**
 * Subscription tiers from the product seeds: Free, Pro and Enterprise. What each one includes and
 * costs is not here: it is data in the billing module's versioned catalog, read through {@link
 * id.nusatrade.domain.billing.EntitlementCatalog}.
 */
public enum Tier {
  FREE,
  PRO,
  ENTERPRISE
}

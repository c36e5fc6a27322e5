/**
 * What a subscription entitles a tenant to, and the payment port. The facts themselves (prices,
 * quotas, features per tier) live in the billing module's versioned catalog, the one source: other
 * areas (the tier rules, the UI) read them through {@link
 * id.nusatrade.domain.billing.EntitlementCatalog}.
 */
package id.nusatrade.domain.billing;

/**
 * Tenants (subscribing organisations or individual traders), their users and subscription tiers.
 * Every row of tenant data in the platform is keyed by a {@link
 * id.nusatrade.domain.tenant.TenantId}.
 */
package id.nusatrade.domain.tenant;

/**
 * The PostgreSQL adapter of the domain's {@link id.nusatrade.domain.tenant.TenantRepository} over
 * the {@code tenants} and {@code users} tables (liberty-server's V2/V3 migrations), connecting as
 * the non-owner application role so row-level security applies.
 */
package id.nusatrade.platform.tenant;

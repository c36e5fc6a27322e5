/**
 * Tenant-scoped JDBC. Row-level security admits the rows of the tenant named by the
 * transaction-local setting {@code app.tenant_id} (function {@code app_current_tenant()}, V3
 * migration); {@link id.nusatrade.platform.jdbc.TenantScopedJdbc} is the one place that sets it.
 */
package id.nusatrade.platform.jdbc;

/**
 * PostgreSQL adapter for the domain's {@code TenantRepository}, connecting as the non-owner
 * application role so row-level security applies: each call sets the caller's tenant as the
 * transaction-local {@code app.tenant_id} setting the policies read, so rows of another tenant are
 * invisible rather than filtered by this code.
 */
package id.nusatrade.ui.tenant.jdbc;

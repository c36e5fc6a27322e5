/**
 * PostgreSQL adapter of the billing store, on the application's non-owner role: each unit of work
 * is one transaction that first names the tenant ({@code app.tenant_id}), so row-level security
 * hides every other tenant's rows. The schema is {@code db/billing} in this jar.
 */
package id.nusatrade.billing.store.jdbc;

/**
 * PostgreSQL adapters. The application's database role does not own the tables and cannot bypass
 * row-level security; every unit of work runs in a transaction that first names the caller's tenant
 * ({@link id.nusatrade.platform.jdbc.TenantScopedJdbc}, module platform), so another tenant's rows
 * are invisible to any query, including ones written wrongly.
 */
package id.nusatrade.server.persistence;

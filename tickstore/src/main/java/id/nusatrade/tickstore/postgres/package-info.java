/**
 * PostgreSQL adapter, the embedded default: the same database the platform already runs, so a
 * single-machine install needs nothing else. Ticks are loaded with COPY (PgJDBC's CopyManager);
 * bars and indicator snapshots are batched upserts; OHLC groups ticks with {@code date_bin}. The
 * tables come from the Flyway migration {@code V20__market_data.sql} in liberty-server.
 *
 * <p>Market data has no tenant column and no row-level security, unlike tenant-owned tables: a
 * quote for EURUSD is a public market fact, identical for every tenant, delivered by the broker
 * feed and not by a tenant's own trading. Storing it once keeps the store a single shared series
 * (no per-tenant copies of millions of ticks) and keeps the fast path free of tenant context. What
 * is private — a tenant's terminals, orders, signals and positions — lives in tenant tables with
 * RLS, and nothing in these tables reveals who looked at or traded which symbol.
 */
package id.nusatrade.tickstore.postgres;

/**
 * PostgreSQL adapter, the embedded default: the same database the platform already runs, so a
 * single-machine install needs nothing else. Ticks are inserted from primitive arrays ({@code
 * unnest}) with {@code ON CONFLICT DO NOTHING}, so a catch-up from the journal is idempotent; bars,
 * indicator snapshots and feeds are batched upserts; OHLC groups ticks with {@code date_bin}. The
 * tables come from the Flyway migration {@code V24__market_data_per_feed.sql} in liberty-server.
 *
 * <p>Every row belongs to a feed (tenant + MT5 account + symbol) and every table has row-level
 * security on {@code tenant_id}, like the tenant tables: brokers quote differently, so one tenant's
 * prices are that tenant's data. Writes set each tenant in turn inside the flush transaction; reads
 * set the feed's tenant.
 */
package id.nusatrade.tickstore.postgres;

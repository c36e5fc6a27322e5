/**
 * Market data: feeds (tenant + terminal account + symbol), ticks, bars and timeframes, the {@link
 * id.nusatrade.domain.market.TickStore} port and the tenant-scoped {@link
 * id.nusatrade.domain.market.MarketQueries}. The fast path keeps ticks as primitives in ring slots;
 * these records are for storage, queries and tests.
 */
package id.nusatrade.domain.market;

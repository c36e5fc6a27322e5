/**
 * Market data: instruments, ticks, bars and timeframes, and the {@link
 * id.nusatrade.domain.market.TickStore} port. The fast path keeps ticks as primitives in ring
 * slots; these records are for storage, queries and tests.
 */
package id.nusatrade.domain.market;

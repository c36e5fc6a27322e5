/**
 * Market-data storage adapters shared by the MT5 gateway, the UI and backtests. Each adapter
 * implements the domain {@link id.nusatrade.domain.market.TickStore} and {@link
 * id.nusatrade.domain.market.indicator.IndicatorStore} ports the same way: appends only fill a
 * {@link id.nusatrade.tickstore.WriteBuffer}, and {@code flush()} (called at the end of a batch by
 * the single storage consumer) writes everything in a few large statements, because both databases
 * are fast at bulk loads and slow at row-at-a-time inserts. Adapters are single-writer: one
 * consumer appends and flushes; queries may come from any thread.
 */
package id.nusatrade.tickstore;

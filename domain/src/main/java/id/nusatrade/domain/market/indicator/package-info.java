/**
 * Stored indicator snapshots: one named indicator output per symbol, timeframe and bar time, in
 * long form so a new indicator needs no schema change. The {@link
 * id.nusatrade.domain.market.indicator.IndicatorStore} port sits beside {@link
 * id.nusatrade.domain.market.TickStore}; the market-data adapters implement both and share one
 * end-of-batch flush.
 */
package id.nusatrade.domain.market.indicator;

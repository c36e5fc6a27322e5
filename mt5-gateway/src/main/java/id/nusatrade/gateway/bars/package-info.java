/**
 * Bars from validated ticks and incremental indicators per closed bar. {@link
 * id.nusatrade.gateway.bars.BarListener} is the hook where closed bars leave the aggregator: the
 * {@link id.nusatrade.gateway.bars.IndicatorBank} (one {@code id.nusatrade.indicators.IndicatorSet}
 * per stream and timeframe, built from the tenant's spec in {@link
 * id.nusatrade.gateway.bars.IndicatorSpecs}) and the event side plug in there.
 */
package id.nusatrade.gateway.bars;

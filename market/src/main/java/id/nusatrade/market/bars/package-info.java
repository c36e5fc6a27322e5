/**
 * Bars from validated ticks and incremental indicators per closed bar. {@link
 * id.nusatrade.market.bars.BarListener} is the hook where closed bars leave the aggregator: the
 * {@link id.nusatrade.market.bars.IndicatorBank} (one {@code id.nusatrade.indicators.IndicatorSet}
 * per stream and timeframe, built from the tenant's spec in {@link
 * id.nusatrade.market.bars.IndicatorSpecs}) and the event side plug in there.
 */
package id.nusatrade.market.bars;

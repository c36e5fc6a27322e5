/**
 * Bars from validated ticks and incremental indicators per closed bar. {@link
 * id.nusatrade.gateway.bars.BarListener} is the hook where closed bars leave the aggregator: the
 * {@link id.nusatrade.gateway.bars.IndicatorBank} (any {@code id.nusatrade.indicators.Indicator}),
 * the event batcher, and an IndicatorSet from the indicators module all plug in there.
 */
package id.nusatrade.gateway.bars;

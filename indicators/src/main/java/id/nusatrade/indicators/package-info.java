/**
 * The technical-indicator library of the market-data fast path. {@link
 * id.nusatrade.indicators.Indicator} is the incremental contract (one O(1), allocation-free update
 * per closed bar); {@link id.nusatrade.indicators.IndicatorSet} builds a user's set from a spec
 * string through {@link id.nusatrade.indicators.IndicatorRegistry}. Values equal TA-Lib's
 * (including its warm-up) wherever TA-Lib defines the indicator.
 */
package id.nusatrade.indicators;

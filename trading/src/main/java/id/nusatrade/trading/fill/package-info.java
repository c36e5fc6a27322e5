/**
 * The fill model, a pure library: how a market, limit or stop order and a position's stop-loss /
 * take-profit fill against one OHLC bar, and what it costs (spread, slippage, commission). Bar
 * prices are bid prices, as MetaTrader 5 records them: a buy pays the ask ({@code bid + spread}).
 * No state, no clock, no allocation on the market path; see docs/backtest.md for the rules.
 */
package id.nusatrade.trading.fill;

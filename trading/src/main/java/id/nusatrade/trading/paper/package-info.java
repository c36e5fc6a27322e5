/**
 * The paper venue, every new account's default: it fills working orders from the live tick stream
 * with the backtester's fill model ({@link id.nusatrade.trading.fill.FillModel}), so a strategy
 * fills the same way in a backtest, on paper and (as closely as a model can) live.
 */
package id.nusatrade.trading.paper;

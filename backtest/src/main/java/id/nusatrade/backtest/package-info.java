/** Backtesting: declarative strategies, the fill model, the backtester, reports. */
package id.nusatrade.backtest;

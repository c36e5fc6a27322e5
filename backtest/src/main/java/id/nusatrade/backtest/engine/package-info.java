/**
 * The backtester: bar series, the bar loop (fills at the open, protective exits inside the bar,
 * decisions on the close), trades, decisions and buy-and-hold.
 */
package id.nusatrade.backtest.engine;

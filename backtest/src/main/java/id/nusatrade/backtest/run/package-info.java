/**
 * One backtest from settings to report, the steps the command line and the platform's background
 * jobs share, so that the same strategy on the same bars gives the same trades through either.
 */
package id.nusatrade.backtest.run;

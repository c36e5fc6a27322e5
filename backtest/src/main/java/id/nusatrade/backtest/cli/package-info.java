/** The {@code ./nusatrade backtest} command: arguments, the bar file reader, the progress bar. */
package id.nusatrade.backtest.cli;

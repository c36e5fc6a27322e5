/**
 * The {@code ./nusatrade backtest} command: arguments and the progress bar (bars are read by the
 * market core, the run itself is {@link id.nusatrade.backtest.run.RunSettings}).
 */
package id.nusatrade.backtest.cli;

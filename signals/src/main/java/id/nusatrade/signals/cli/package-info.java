/**
 * The {@code train} command: the launcher dispatches {@code ./nusatrade train ...} to {@link
 * id.nusatrade.signals.cli.TrainCommand#run}.
 */
package id.nusatrade.signals.cli;

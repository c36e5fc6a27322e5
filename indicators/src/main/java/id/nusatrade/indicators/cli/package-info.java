/**
 * The {@code indicators} command: reads OHLCV bars from CSV, runs an indicator set over them and
 * writes one CSV column per output. The launcher dispatches {@code ./nusatrade indicators ...} to
 * {@link id.nusatrade.indicators.cli.IndicatorsCommand#run}.
 */
package id.nusatrade.indicators.cli;

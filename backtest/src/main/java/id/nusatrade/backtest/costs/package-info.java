/** The costs file ({@code --costs FILE}) read into the fill model's {@code Costs}. */
package id.nusatrade.backtest.costs;

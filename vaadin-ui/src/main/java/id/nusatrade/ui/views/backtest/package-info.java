/**
 * The trader's backtest page: a form (strategy, stored bars or an uploaded CSV, costs, fill) that
 * fires a start event, the list of runs with their progress, and the selected runs' metrics, equity
 * curve and trades. The backtest module's service decides and runs everything.
 */
package id.nusatrade.ui.views.backtest;

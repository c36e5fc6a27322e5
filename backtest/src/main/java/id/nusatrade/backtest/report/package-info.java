/**
 * Reports of a run: metrics (definitions in docs/backtest.md), the JSON report and the offline HTML
 * report.
 */
package id.nusatrade.backtest.report;

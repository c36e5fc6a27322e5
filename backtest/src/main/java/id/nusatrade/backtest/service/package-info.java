/**
 * Backtests in the platform ({@code /api/v1/backtests}): a tenant's runs as background jobs on a
 * bounded executor, as many at once as the tenant's tier allows, each persisted with its status,
 * progress and report (the same report JSON as {@code ./nusatrade backtest}, through the same
 * {@link id.nusatrade.backtest.run.RunSettings}). The REST resource and the UI only translate.
 */
package id.nusatrade.backtest.service;

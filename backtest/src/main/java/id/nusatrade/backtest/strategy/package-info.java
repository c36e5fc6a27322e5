/**
 * Declarative strategies: the YAML strategy file, the expression language over prices and
 * indicators (parsed once, bound to a run's columns), stops, take-profits and sizing.
 */
package id.nusatrade.backtest.strategy;

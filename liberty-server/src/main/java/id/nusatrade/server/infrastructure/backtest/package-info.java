/**
 * The backtest jobs inside the server: the service built once on the app pool, the tick store and
 * the billing catalog, its bounded executor stopped with the application.
 */
package id.nusatrade.server.infrastructure.backtest;

/** The backtest runs on PostgreSQL: the table's DDL (migration V80) and its adapter. */
package id.nusatrade.backtest.service.jdbc;

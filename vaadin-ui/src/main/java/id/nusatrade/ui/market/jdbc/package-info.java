/** JDBC adapter of the chart's symbol list, over the platform's PostgreSQL market tables. */
package id.nusatrade.ui.market.jdbc;

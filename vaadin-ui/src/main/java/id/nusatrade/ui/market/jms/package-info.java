/**
 * Artemis adapter of the live chart: a non-durable subscription per server to the market ticks and
 * bars topics (a chart wants what happens now, not a backlog from while the server was down).
 */
package id.nusatrade.ui.market.jms;

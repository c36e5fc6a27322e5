/**
 * Orders for terminals: the trading engine's {@code mt5.order.requested} events consumed from the
 * bus, de-duplicated by client order id and numbered in a log that survives restarts, then written
 * to the terminal's connection as ORDER frames.
 */
package id.nusatrade.gateway.orders;

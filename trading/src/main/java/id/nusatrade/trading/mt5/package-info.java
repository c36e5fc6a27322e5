/**
 * The MT5 side of trading: execution reports that terminals sent through the gateway, consumed from
 * the bus and applied to the engine exactly once.
 */
package id.nusatrade.trading.mt5;

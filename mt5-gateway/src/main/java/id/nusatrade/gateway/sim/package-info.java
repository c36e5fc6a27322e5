/**
 * A simulated MT5 terminal running our Expert Advisor's logic in Java, frame for frame like
 * mql5/NusatradeBridge.mq5: HELLO, ticks with sequence numbers, an unacknowledged-frame ring resent
 * after reconnect, reconnect with exponential backoff, heartbeats, and ORDER handling behind the
 * same safety limits. It is the MT5 fake for tests, the replayer and the load generator.
 */
package id.nusatrade.gateway.sim;

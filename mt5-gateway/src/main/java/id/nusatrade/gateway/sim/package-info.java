/**
 * A simulated MT5 terminal running our Expert Advisor's logic in Java, frame for frame like
 * mql5/NusatradeBridge.mq5: HELLO, ticks with sequence numbers, an unacknowledged-frame ring resent
 * after reconnect, reconnect with exponential backoff, heartbeats at WELCOME's interval, the same
 * reaction to each PROTOCOL_ERROR (stop, wait long, mute a refused symbol, retry), the PumpTicks
 * cursor over CopyTicks answers ({@link TickPump}), and ORDER handling behind the same safety
 * limits. docs/mt5-protocol.md tables both EAs event by event. It is the MT5 fake for tests, the
 * replayer and the load generator.
 */
package id.nusatrade.gateway.sim;

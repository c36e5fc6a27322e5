/**
 * What the live chart decides, in plain Java: decoding the gateway's market events, building the
 * in-progress candle from sampled ticks and replacing it with the closed bar, which UI sessions see
 * which updates (their own tenant's, their symbol's), how updates are coalesced to a bounded rate
 * per session, overlay indicators and loading history from the {@code TickStore}. Adapters: {@code
 * jms} (Artemis consumer) and {@code jdbc} (symbol list).
 */
package id.nusatrade.ui.market;

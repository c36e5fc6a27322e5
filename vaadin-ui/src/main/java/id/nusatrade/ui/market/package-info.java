/**
 * What the live chart decides, in plain Java: decoding the gateway's market events, building the
 * in-progress candle from sampled ticks and replacing it with the closed bar, which UI sessions see
 * which updates (their own tenant's feed of their symbol), how updates are coalesced to a bounded
 * rate per session, overlay indicators and loading a feed's history from the {@code TickStore}.
 * Adapter: {@code jms} (Artemis consumer).
 */
package id.nusatrade.ui.market;

/**
 * The MT5 wire protocol (docs/mt5-protocol.md): length-prefixed, little-endian, fixed-layout binary
 * frames. {@link id.nusatrade.gateway.protocol.FrameLayout} holds every offset so the Java codec,
 * the simulated EA and the MQL5 Expert Advisor agree byte for byte. The gateway reads TICK frames
 * in place with {@link id.nusatrade.gateway.protocol.TickView} (no allocation); rarer frames are
 * decoded into records by {@link id.nusatrade.gateway.protocol.FrameCodec}.
 */
package id.nusatrade.gateway.protocol;

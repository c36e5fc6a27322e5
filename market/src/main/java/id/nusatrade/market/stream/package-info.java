/**
 * The stream model: a stream is one symbol of one terminal (one feed), numbered densely so market
 * state lives in preallocated arrays indexed by stream. {@link
 * id.nusatrade.market.stream.SymbolCache} maps a symbol field of a received frame to its stream id
 * without allocating.
 */
package id.nusatrade.market.stream;

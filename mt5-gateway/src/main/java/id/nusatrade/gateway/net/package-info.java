/**
 * The socket side: one selector thread ({@link id.nusatrade.gateway.net.SocketLoop}) accepts
 * terminals, frames bytes, hands HELLOs to an authentication thread, drops resent duplicates,
 * writes ticks into the ring in place and sends ACKs once the journal made them durable. A full
 * ring pauses reading (TCP then pushes back on the EA) instead of buffering without bound.
 */
package id.nusatrade.gateway.net;

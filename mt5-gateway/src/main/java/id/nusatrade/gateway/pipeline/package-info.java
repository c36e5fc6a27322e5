/**
 * The single-writer pipeline behind the socket loop: a preallocated ring of primitive {@link
 * id.nusatrade.gateway.pipeline.TickSlot}s (LMAX Disruptor), read by the {@link
 * id.nusatrade.gateway.pipeline.MarketHandler} (validate, bars, indicators, events), the {@link
 * id.nusatrade.gateway.pipeline.JournalHandler} (durability, then acknowledgements) and, when a
 * tick store is configured, the {@link id.nusatrade.gateway.pipeline.StorageHandler}. Each handler
 * owns its state alone and does its I/O once per batch.
 */
package id.nusatrade.gateway.pipeline;

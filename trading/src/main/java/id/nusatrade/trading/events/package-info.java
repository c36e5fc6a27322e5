/**
 * The engine's changes as events on the bus ({@code trade.*}, topic {@code nusatrade.trading}):
 * snapshots taken on the engine's thread, envelopes built and published in one batch by another.
 */
package id.nusatrade.trading.events;

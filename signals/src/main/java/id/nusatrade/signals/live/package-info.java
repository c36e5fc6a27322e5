/**
 * Signals on the running platform: {@link id.nusatrade.signals.live.SignalEngine} decides on each
 * closed bar of a tenant's feed with the tenant's live model, swapping models between two bars
 * without losing a decision, and keeps the latest decisions per symbol.
 */
package id.nusatrade.signals.live;

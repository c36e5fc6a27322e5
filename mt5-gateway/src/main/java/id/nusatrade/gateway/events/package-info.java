/**
 * What leaves the fast path: sampled ticks, closed bars, indicator snapshots and execution reports,
 * as {@link id.nusatrade.domain.event.EventEnvelope}s published in one batch per ring batch through
 * the {@link id.nusatrade.domain.event.EventPublisher} port (Artemis in production, see module
 * messaging).
 */
package id.nusatrade.gateway.events;

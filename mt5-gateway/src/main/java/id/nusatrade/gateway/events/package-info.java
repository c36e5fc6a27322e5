/**
 * What leaves the fast path: sampled and rejected ticks, closed bars, indicator snapshots and
 * execution reports. The market handler copies them into the preallocated slots of a second ring
 * ({@link id.nusatrade.gateway.events.MarketEvents}, {@link
 * id.nusatrade.gateway.events.EventRing}); {@link id.nusatrade.gateway.events.EventPublishing}, on
 * its own thread, turns them into {@link id.nusatrade.domain.event.EventEnvelope}s and publishes
 * them in batches through the {@link id.nusatrade.domain.event.EventPublisher} port (Artemis in
 * production, see module messaging).
 */
package id.nusatrade.gateway.events;

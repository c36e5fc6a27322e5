/**
 * Typed event envelopes and the publishing port. Events leave the fast path and the application
 * services through {@link id.nusatrade.domain.event.EventPublisher}; the messaging module carries
 * them on Jakarta Messaging (Artemis).
 */
package id.nusatrade.domain.event;

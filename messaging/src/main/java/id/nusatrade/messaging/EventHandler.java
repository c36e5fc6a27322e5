package id.nusatrade.messaging;

import id.nusatrade.domain.event.EventEnvelope;

/**
 * Handles one consumed event. Returning commits the delivery; throwing rolls it back so the broker
 * redelivers it (up to the topology's attempts, then the dead-letter queue), except {@link
 * PoisonEventException}, which dead-letters at once. Deliveries are at least once: a handler must
 * be idempotent, for example by recording the event id in the same database transaction as its
 * effect and skipping ids it has seen.
 */
@FunctionalInterface
public interface EventHandler {
  void handle(EventEnvelope event) throws Exception;
}

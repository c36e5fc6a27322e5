/**
 * The event bus, independent of the broker: where each event type goes ({@link
 * id.nusatrade.messaging.EventRouting}), the broker-side rules every installation must apply
 * ({@link id.nusatrade.messaging.EventBusTopology}) and the batching decorator that keeps hot
 * producers (ticks, bars) off per-event I/O ({@link
 * id.nusatrade.messaging.BatchingEventPublisher}). The Artemis adapters live in {@code jms}, the
 * wire format in {@code json}.
 */
package id.nusatrade.messaging;

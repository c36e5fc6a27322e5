/**
 * The typed event contract: one record per bus payload (schema version 1 each) and one codec,
 * {@link id.nusatrade.messaging.contract.PayloadCodec}, that producers use to build envelopes and
 * consumers use to read them back. A payload that does not fit its record (field missing, wrong
 * type, a value its record refuses) is refused with {@link
 * id.nusatrade.messaging.PoisonEventException} naming the event, its type and what is wrong, so it
 * goes to the dead-letter queue with that reason instead of being half-read. Field names and
 * meanings: docs/events.md.
 */
package id.nusatrade.messaging.contract;

/**
 * The wire format of an event: one JSON object per message with the envelope's fields and the
 * payload embedded as JSON (not as an escaped string), so operators can read a dead-lettered event
 * as it is. Decoding rejects anything incomplete with a reason instead of guessing.
 */
package id.nusatrade.messaging.json;

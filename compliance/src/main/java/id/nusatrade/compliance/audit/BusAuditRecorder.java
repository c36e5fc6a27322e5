package id.nusatrade.compliance.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;

/**
 * Consumes {@code nusatrade.audit}: every audit event any service publishes (payload v1: {@code
 * actor}, {@code action}, {@code subject}, {@code details}) becomes a record of the hash chain,
 * once per event id however often the bus delivers it ({@link PostgresAuditTrail#appendOnce}). The
 * record's payload keeps the event id and type beside the details. An event that can never be an
 * audit record (not JSON, a field missing, an action that is not dotted lower case) goes to the
 * dead-letter queue at once with the reason; a store failure rolls back so the bus redelivers.
 */
public final class BusAuditRecorder implements EventHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PostgresAuditTrail trail;

  public BusAuditRecorder(PostgresAuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void handle(EventEnvelope event) {
    trail.appendOnce(event.id(), toAuditEvent(event));
  }

  /** The chain record for a bus event; {@link PoisonEventException} if it cannot be one. */
  static AuditEvent toAuditEvent(EventEnvelope event) {
    JsonNode payload;
    try {
      payload = JSON.readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new PoisonEventException("audit event " + event.id() + " is not JSON");
    }
    ObjectNode stored = JSON.createObjectNode();
    stored.put("eventId", event.id().toString());
    stored.put("type", event.type());
    stored.set("details", payload.path("details").isMissingNode() ? null : payload.get("details"));
    try {
      return new AuditEvent(
          event.tenantId(),
          text(event, payload, "actor"),
          text(event, payload, "action"),
          text(event, payload, "subject"),
          event.occurredAt(),
          stored.toString());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PoisonEventException("audit event " + event.id() + ": " + e.getMessage());
    }
  }

  private static String text(EventEnvelope event, JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new PoisonEventException("audit event " + event.id() + " has no " + field);
    }
    return value.asText();
  }
}

package id.nusatrade.compliance.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.AuditRecorded;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;

/**
 * Consumes {@code nusatrade.audit}: every audit event any service publishes (the bus contract's
 * {@link AuditRecorded}: actor, action, subject, details) becomes a record of the hash chain, once
 * per event id however often the bus delivers it ({@link PostgresAuditTrail#appendOnce}). The
 * record's payload keeps the event id and type beside the details. An event that can never be an
 * audit record (not JSON, a field missing, an action that is not dotted lower case) goes to the
 * dead-letter queue at once with the reason; a store failure rolls back so the bus redelivers.
 */
public final class BusAuditRecorder implements EventHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PayloadCodec CODEC = new PayloadCodec();
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
    AuditRecorded audit = CODEC.decode(EventContracts.AUDIT, event);
    ObjectNode stored = JSON.createObjectNode();
    stored.put("eventId", event.id().toString());
    stored.put("type", event.type());
    stored.set("details", JSON.valueToTree(audit.details()));
    try {
      return new AuditEvent(
          event.tenantId(),
          audit.actor(),
          audit.action(),
          audit.subject(),
          event.occurredAt(),
          stored.toString());
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException("audit event " + event.id() + ": " + e.getMessage());
    }
  }
}

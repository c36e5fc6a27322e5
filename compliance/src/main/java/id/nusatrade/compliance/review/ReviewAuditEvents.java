package id.nusatrade.compliance.review;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.AuditRecorded;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Audit events of officer reviews, in the audit payload of docs/events.md (actor, action, subject,
 * details) on the {@code audit.} topic the compliance trail stores. The caller chooses the event id
 * (derived from the job), so a redelivered job publishes the same event and the bus drops the copy.
 */
public final class ReviewAuditEvents {
  public static final String CLOSED = "compliance.review.closed";
  public static final String ESCALATED = "compliance.review.escalated";
  private static final PayloadCodec CODEC = new PayloadCodec();

  private final EventPublisher publisher;
  private final Clock clock;

  public ReviewAuditEvents(EventPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  /** Records that {@code actor} did {@code action} to {@code subject}, with text details. */
  public EventEnvelope publish(
      UUID eventId,
      TenantId tenant,
      String actor,
      String action,
      String subject,
      Map<String, String> details) {
    AuditRecorded payload =
        new AuditRecorded(actor, action, subject, new TreeMap<String, Object>(details));
    EventEnvelope event =
        CODEC.envelope(EventContracts.AUDIT, eventId, tenant, clock.instant(), payload);
    publisher.publish(event);
    return event;
  }
}

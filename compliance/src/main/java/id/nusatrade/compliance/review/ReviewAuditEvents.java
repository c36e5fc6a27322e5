package id.nusatrade.compliance.review;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.JsonText;
import id.nusatrade.domain.tenant.TenantId;
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
  private static final int SCHEMA_VERSION = 1;

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
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(details)
        .forEach(
            (k, v) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              json.append(JsonText.quote(k)).append(':').append(JsonText.quote(String.valueOf(v)));
            });
    String payload =
        "{\"actor\":"
            + JsonText.quote(actor)
            + ",\"action\":"
            + JsonText.quote(action)
            + ",\"subject\":"
            + JsonText.quote(subject)
            + ",\"details\":"
            + json.append('}')
            + "}";
    EventEnvelope event =
        new EventEnvelope(
            eventId, tenant, "audit." + action, clock.instant(), SCHEMA_VERSION, payload);
    publisher.publish(event);
    return event;
  }
}

package id.nusatrade.domain.platform;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells whoever requested a smoke check by event how it ended, as an audit event. A check started
 * directly (no requester: no tenant or request id) is not reported: its caller already holds the
 * result. The caller chooses the event id so a repeated report is the same event (the bus drops
 * duplicates).
 */
public final class SmokeCheckReporter {
  public static final String EVENT_TYPE = "audit.platform.smoke-check.completed";
  public static final String ACTION = "platform.smoke-check.completed";
  public static final String ACTOR = "workflow-engine";
  private static final int SCHEMA_VERSION = 1;

  private final EventPublisher publisher;
  private final Clock clock;

  public SmokeCheckReporter(EventPublisher publisher, Clock clock) {
    this.publisher = Objects.requireNonNull(publisher);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Who asked: both parts absent for a check started directly. */
  public record Requester(TenantId tenantId, String requestId) {
    public boolean isKnown() {
      return tenantId != null && requestId != null && !requestId.isBlank();
    }
  }

  /** Publishes the report; empty when there is nobody to report to. */
  public Optional<EventEnvelope> report(
      UUID reportId, Requester requester, SmokeCheckOutcome outcome) {
    if (!requester.isKnown()) {
      return Optional.empty();
    }
    EventEnvelope event =
        new EventEnvelope(
            reportId,
            requester.tenantId(),
            EVENT_TYPE,
            clock.instant(),
            SCHEMA_VERSION,
            payload(requester.requestId(), outcome));
    publisher.publish(event);
    return Optional.of(event);
  }

  /** The audit payload of docs/events.md: actor, action, subject, details. */
  private static String payload(String requestId, SmokeCheckOutcome outcome) {
    return "{\"actor\":\""
        + ACTOR
        + "\",\"action\":\""
        + ACTION
        + "\",\"subject\":"
        + JsonText.quote("smoke-check/" + requestId)
        + ",\"details\":{\"outcome\":\""
        + outcome.wireValue()
        + "\"}}";
  }
}

package id.nusatrade.compliance.approval;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.JsonText;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.util.UUID;

/**
 * Sends the approval result back to the trading engine as the event {@value #EVENT_TYPE}. The
 * caller chooses the event id (derived from the job), so publishing twice is the same event and the
 * bus drops the copy.
 */
public final class ApprovalResultPublisher {
  public static final String EVENT_TYPE = "trade.approval.decided";
  private static final int SCHEMA_VERSION = 1;

  /** {@code APPROVED}, {@code REJECTED} or {@code EXPIRED}. */
  public enum Result {
    APPROVED,
    REJECTED,
    EXPIRED
  }

  private final EventPublisher publisher;
  private final Clock clock;

  public ApprovalResultPublisher(EventPublisher publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  public EventEnvelope publish(
      UUID eventId, TenantId tenant, String orderId, Result result, String decidedBy) {
    String payload =
        "{\"orderId\":"
            + JsonText.quote(orderId)
            + ",\"result\":\""
            + result
            + "\",\"decidedBy\":"
            + JsonText.quote(decidedBy == null ? "unknown" : decidedBy)
            + "}";
    EventEnvelope event =
        new EventEnvelope(eventId, tenant, EVENT_TYPE, clock.instant(), SCHEMA_VERSION, payload);
    publisher.publish(event);
    return event;
  }
}

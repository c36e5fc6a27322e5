package id.nusatrade.compliance.approval;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.contract.ApprovalDecided;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import java.time.Clock;
import java.util.UUID;

/**
 * Sends the approval result back to the trading engine as the event {@value #EVENT_TYPE}. The
 * caller chooses the event id (derived from the job), so publishing twice is the same event and the
 * bus drops the copy.
 */
public final class ApprovalResultPublisher {
  public static final String EVENT_TYPE = EventContracts.APPROVAL_DECIDED.type();
  private static final PayloadCodec CODEC = new PayloadCodec();

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
    ApprovalDecided payload =
        new ApprovalDecided(orderId, ApprovalDecided.Result.valueOf(result.name()), decidedBy);
    EventEnvelope event =
        CODEC.envelope(EventContracts.APPROVAL_DECIDED, eventId, tenant, clock.instant(), payload);
    publisher.publish(event);
    return event;
  }
}

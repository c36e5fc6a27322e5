package id.nusatrade.compliance.approval;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.messaging.PoisonEventException;
import id.nusatrade.messaging.contract.ApprovalDecided;
import id.nusatrade.messaging.contract.EventContracts;
import id.nusatrade.messaging.contract.PayloadCodec;
import java.time.Clock;
import java.util.UUID;

/**
 * Sends the approval result back to the trading engine as the event {@value #EVENT_TYPE}. The
 * caller chooses the event id (derived from the job), so publishing twice is the same event and the
 * bus drops the copy. {@link #decode} reads it back on the trading side, so the payload is spelled
 * in this one class.
 */
public final class ApprovalResultPublisher {
  public static final String EVENT_TYPE = EventContracts.APPROVAL_DECIDED.type();
  private static final PayloadCodec CODEC = new PayloadCodec();

  /** A result as the trading engine consumes it. */
  public record Decided(TenantId tenant, String orderId, Result result, String decidedBy) {}

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

  /**
   * Reads a {@value #EVENT_TYPE} event; a payload without an order id or with an unknown result is
   * refused with what is wrong ({@link IllegalArgumentException}).
   */
  public static Decided decode(EventEnvelope event) {
    ApprovalDecided p;
    try {
      p = CODEC.decode(EventContracts.APPROVAL_DECIDED, event);
    } catch (PoisonEventException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new Decided(
        event.tenantId(), p.orderId(), Result.valueOf(p.result().name()), p.decidedBy());
  }
}

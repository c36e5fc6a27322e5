package id.nusatrade.compliance.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.JsonText;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.util.UUID;

/**
 * Sends the approval result back to the trading engine as the event {@value #EVENT_TYPE}. The
 * caller chooses the event id (derived from the job), so publishing twice is the same event and the
 * bus drops the copy. {@link #decode} reads it back on the trading side, so the payload is spelled
 * in this one class.
 */
public final class ApprovalResultPublisher {
  public static final String EVENT_TYPE = "trade.approval.decided";
  private static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * Reads a {@value #EVENT_TYPE} event; a payload without an order id or with an unknown result is
   * refused with what is wrong ({@link IllegalArgumentException}).
   */
  public static Decided decode(EventEnvelope event) {
    if (!EVENT_TYPE.equals(event.type())) {
      throw new IllegalArgumentException("not a " + EVENT_TYPE + " event: " + event.type());
    }
    JsonNode p;
    try {
      p = JSON.readTree(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(EVENT_TYPE + " payload is not JSON: " + e.getMessage());
    }
    String orderId = p.path("orderId").asText("");
    String result = p.path("result").asText("");
    if (orderId.isBlank()) {
      throw new IllegalArgumentException(EVENT_TYPE + " without orderId: " + event.payload());
    }
    Result r;
    try {
      r = Result.valueOf(result);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          EVENT_TYPE + " result must be APPROVED, REJECTED or EXPIRED, not '" + result + "'");
    }
    JsonNode by = p.get("decidedBy");
    return new Decided(
        event.tenantId(), orderId, r, by == null || by.isNull() ? null : by.asText());
  }
}

package id.nusatrade.compliance.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalResultPublisherTest {
  static final TenantId TENANT = new TenantId(new UUID(1, 9));

  @Test
  void whatIsPublishedDecodesToTheSameResult() {
    List<EventEnvelope> sent = new ArrayList<>();
    new ApprovalResultPublisher(
            new id.nusatrade.domain.event.EventPublisher() {
              @Override
              public void publish(EventEnvelope event) {
                sent.add(event);
              }

              @Override
              public void publishBatch(List<EventEnvelope> events) {
                sent.addAll(events);
              }
            },
            Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC))
        .publish(new UUID(0, 1), TENANT, "42", ApprovalResultPublisher.Result.EXPIRED, "sla");
    assertThat(ApprovalResultPublisher.decode(sent.getFirst()))
        .isEqualTo(
            new ApprovalResultPublisher.Decided(
                TENANT, "42", ApprovalResultPublisher.Result.EXPIRED, "sla"));
  }

  @Test
  void anUnknownResultIsRefusedWithTheValue() {
    EventEnvelope bad =
        new EventEnvelope(
            new UUID(0, 2),
            TENANT,
            ApprovalResultPublisher.EVENT_TYPE,
            Instant.EPOCH,
            1,
            "{\"orderId\":\"42\",\"result\":\"MAYBE\",\"decidedBy\":\"sla\"}");
    assertThatThrownBy(() -> ApprovalResultPublisher.decode(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAYBE");
  }
}

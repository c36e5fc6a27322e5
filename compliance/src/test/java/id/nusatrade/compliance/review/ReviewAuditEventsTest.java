package id.nusatrade.compliance.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewAuditEventsTest {
  @Test
  void publishesTheAuditPayloadWithSortedEscapedDetails() {
    List<EventEnvelope> sent = new ArrayList<>();
    EventPublisher publisher =
        new EventPublisher() {
          @Override
          public void publish(EventEnvelope event) {
            sent.add(event);
          }

          @Override
          public void publishBatch(List<EventEnvelope> events) {
            sent.addAll(events);
          }
        };
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC);
    UUID id = UUID.fromString("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f");
    TenantId tenant = TenantId.of("11111111-1111-1111-1111-111111111111");

    new ReviewAuditEvents(publisher, clock)
        .publish(
            id,
            tenant,
            "officer-ana",
            ReviewAuditEvents.CLOSED,
            "alert/a-1",
            Map.of("reason", "said \"ok\"", "outcome", "WARN"));

    assertThat(sent)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(id);
              assertThat(e.type()).isEqualTo("audit.compliance.review.closed");
              assertThat(e.payload())
                  .isEqualTo(
                      "{\"actor\":\"officer-ana\",\"action\":\"compliance.review.closed\","
                          + "\"subject\":\"alert/a-1\",\"details\":{\"outcome\":\"WARN\","
                          + "\"reason\":\"said \\\"ok\\\"\"}}");
            });
  }
}

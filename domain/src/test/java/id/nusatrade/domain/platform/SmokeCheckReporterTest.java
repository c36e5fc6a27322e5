package id.nusatrade.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.SmokeCheckReporter.Requester;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmokeCheckReporterTest {
  private static final Instant NOW = Instant.parse("2025-03-04T02:15:00Z");
  private static final TenantId TENANT_A = TenantId.of("11111111-1111-1111-1111-111111111111");
  private static final UUID REPORT_ID = UUID.fromString("6f1c7f2e-3b9a-4c1d-9e8f-0a1b2c3d4e5f");

  private final List<EventEnvelope> published = new ArrayList<>();
  private final EventPublisher recorder =
      new EventPublisher() {
        @Override
        public void publish(EventEnvelope event) {
          published.add(event);
        }

        @Override
        public void publishBatch(List<EventEnvelope> events) {
          published.addAll(events);
        }
      };
  private final SmokeCheckReporter reporter =
      new SmokeCheckReporter(recorder, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aCheckRequestedByATenantIsReportedAsAnAuditEventOfThatTenant() {
    reporter.report(REPORT_ID, new Requester(TENANT_A, "req-7"), SmokeCheckOutcome.PASSED);

    assertThat(published)
        .containsExactly(
            new EventEnvelope(
                REPORT_ID,
                TENANT_A,
                "audit.platform.smoke-check.completed",
                NOW,
                1,
                "{\"actor\":\"workflow-engine\",\"action\":\"platform.smoke-check.completed\","
                    + "\"subject\":\"smoke-check/req-7\",\"details\":{\"outcome\":\"passed\"}}"));
  }

  @Test
  void aCheckStartedWithoutARequesterIsNotReported() {
    assertThat(reporter.report(REPORT_ID, new Requester(null, null), SmokeCheckOutcome.FAILED))
        .isEmpty();
    assertThat(reporter.report(REPORT_ID, new Requester(TENANT_A, " "), SmokeCheckOutcome.FAILED))
        .isEmpty();
    assertThat(published).isEmpty();
  }

  @Test
  void quotesAndControlCharactersInTheRequestIdStayInsideTheJsonString() {
    reporter.report(REPORT_ID, new Requester(TENANT_A, "a\"b\\c\n"), SmokeCheckOutcome.REJECTED);

    assertThat(published.getFirst().payload())
        .contains("\"subject\":\"smoke-check/a\\\"b\\\\c\\n\"")
        .endsWith("{\"outcome\":\"rejected\"}}");
  }

  @Test
  void outcomesReadTheWireValuesTheProcessWrites() {
    assertThat(SmokeCheckOutcome.fromWire("passed")).isEqualTo(SmokeCheckOutcome.PASSED);
    assertThat(SmokeCheckOutcome.fromWire("rejected")).isEqualTo(SmokeCheckOutcome.REJECTED);
  }
}

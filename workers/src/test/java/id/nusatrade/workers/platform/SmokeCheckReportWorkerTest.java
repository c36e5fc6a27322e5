package id.nusatrade.workers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.platform.SmokeCheckReporter;
import id.nusatrade.workers.JobInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmokeCheckReportWorkerTest {
  private static final String JOB = "nusatrade.platform.report-smoke-check";
  private static final String TENANT_A = "11111111-1111-1111-1111-111111111111";

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
  private final SmokeCheckReportWorker worker =
      new SmokeCheckReportWorker(
          new SmokeCheckReporter(
              recorder, Clock.fixed(Instant.parse("2025-03-04T02:15:00Z"), ZoneOffset.UTC)));

  @Test
  void reportsTheOutcomeToTheRequestingTenantAndCompletesWithoutVariables() {
    Map<String, Object> result =
        worker.handle(job(42, Map.of("smokeCheckOutcome", "passed", "requestId", "req-1")));

    assertThat(result).isEmpty();
    assertThat(published).singleElement().satisfies(SmokeCheckReportWorkerTest::isReportOfReq1);
  }

  @Test
  void aJobHandedOutAgainPublishesTheSameEventIdAndAnotherJobANewOne() {
    Map<String, Object> variables = Map.of("smokeCheckOutcome", "failed", "requestId", "req-1");
    worker.handle(job(42, variables));
    worker.handle(job(42, variables));
    worker.handle(job(43, variables));

    UUID forJob42 = UUID.nameUUIDFromBytes("nusatrade.platform.report-smoke-check/42".getBytes());
    UUID forJob43 = UUID.nameUUIDFromBytes("nusatrade.platform.report-smoke-check/43".getBytes());
    assertThat(published)
        .extracting(EventEnvelope::id)
        .containsExactly(forJob42, forJob42, forJob43);
  }

  @Test
  void aCheckStartedDirectlyCompletesWithoutAReport() {
    worker.handle(new JobInput(7, JOB, 5, Map.of("smokeCheckOutcome", "rejected")));

    assertThat(published).isEmpty();
  }

  @Test
  void anOutcomeTheProcessNeverWritesIsATechnicalFailure() {
    assertThatThrownBy(() -> worker.handle(job(9, Map.of("smokeCheckOutcome", "maybe"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JobInput job(long key, Map<String, Object> variables) {
    Map<String, Object> all = new java.util.HashMap<>(variables);
    all.put("tenantId", TENANT_A);
    return new JobInput(key, JOB, 5, all);
  }

  private static void isReportOfReq1(EventEnvelope event) {
    assertThat(event.tenantId().toString()).isEqualTo(TENANT_A);
    assertThat(event.type()).isEqualTo("audit.platform.smoke-check.completed");
    assertThat(event.payload()).contains("\"subject\":\"smoke-check/req-1\"");
  }
}

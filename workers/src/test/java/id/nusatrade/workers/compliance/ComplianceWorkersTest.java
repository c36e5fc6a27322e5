package id.nusatrade.workers.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.compliance.alert.AlertTriage;
import id.nusatrade.compliance.review.ReviewAuditEvents;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.workers.JobInput;
import id.nusatrade.workers.RecordingPublisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceWorkersTest {
  @Test
  void triageGivesTheSlaAsAnIsoDurationTheTimerExpressionReads() {
    Map<String, Object> result =
        new TriageAlertWorker(new AlertTriage())
            .handle(
                new JobInput(
                    1,
                    ComplianceReview.TRIAGE_JOB,
                    3,
                    Map.of(
                        ComplianceReview.ALERT_KIND, "RULE_BREACH",
                        ComplianceReview.SEVERITY, "HIGH")));

    assertThat(result)
        .containsEntry(ComplianceReview.NEEDS_INVESTIGATION, true)
        .containsEntry(ComplianceReview.INVESTIGATION_SLA, "PT4H");
  }

  @Test
  void theOutcomeIsAuditedOnceAsTheReviewerDidIt() {
    RecordingPublisher bus = new RecordingPublisher();
    RecordReviewOutcomeWorker worker =
        new RecordReviewOutcomeWorker(
            new ReviewAuditEvents(
                bus, Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC)));
    JobInput job =
        new JobInput(
            9,
            ComplianceReview.RECORD_OUTCOME_JOB,
            5,
            Map.of(
                ComplianceReview.TENANT_ID, "11111111-1111-1111-1111-111111111111",
                ComplianceReview.ALERT_ID, "a-1",
                ComplianceReview.REVIEWED_BY, "officer-ana",
                ComplianceReview.REVIEW_OUTCOME, "RESTRICT",
                ComplianceReview.REVIEW_REASON, "repeated breaches"));

    worker.handle(job);
    worker.handle(job);

    assertThat(bus.events).extracting(e -> e.id()).containsOnly(job.eventId());
    assertThat(bus.events.getFirst().type()).isEqualTo("audit.compliance.review.closed");
    assertThat(bus.events.getFirst().payload())
        .contains(
            "\"actor\":\"officer-ana\"", "\"subject\":\"alert/a-1\"", "\"outcome\":\"RESTRICT\"");
  }
}

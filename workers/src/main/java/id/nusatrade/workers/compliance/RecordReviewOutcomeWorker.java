package id.nusatrade.workers.compliance;

import id.nusatrade.compliance.review.ReviewAuditEvents;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value ComplianceReview#RECORD_OUTCOME_JOB}: the review's outcome, reason and reviewer into
 * the audit trail (via {@link ReviewAuditEvents}; event id from the job key, so once only).
 */
public final class RecordReviewOutcomeWorker implements JobHandler {
  private final ReviewAuditEvents audit;

  public RecordReviewOutcomeWorker(ReviewAuditEvents audit) {
    this.audit = audit;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    audit.publish(
        job.eventId(),
        TenantId.of(job.requireText(ComplianceReview.TENANT_ID)),
        job.requireText(ComplianceReview.REVIEWED_BY),
        ReviewAuditEvents.CLOSED,
        "alert/" + job.requireText(ComplianceReview.ALERT_ID),
        Map.of(
            "outcome", job.requireText(ComplianceReview.REVIEW_OUTCOME),
            "reason", String.valueOf(job.text(ComplianceReview.REVIEW_REASON))));
    return Map.of();
  }
}

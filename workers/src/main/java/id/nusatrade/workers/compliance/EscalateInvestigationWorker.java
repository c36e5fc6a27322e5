package id.nusatrade.workers.compliance;

import id.nusatrade.compliance.review.ReviewAuditEvents;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value ComplianceReview#ESCALATE_JOB}: an investigation passed its SLA; the escalation goes
 * to the audit trail (and from there to supervisors' notifications) once per job.
 */
public final class EscalateInvestigationWorker implements JobHandler {
  public static final String ACTOR = "workflow-engine";

  private final ReviewAuditEvents audit;

  public EscalateInvestigationWorker(ReviewAuditEvents audit) {
    this.audit = audit;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    audit.publish(
        job.eventId(),
        TenantId.of(job.requireText(ComplianceReview.TENANT_ID)),
        ACTOR,
        ReviewAuditEvents.ESCALATED,
        "alert/" + job.requireText(ComplianceReview.ALERT_ID),
        Map.of(
            "priority", String.valueOf(job.text(ComplianceReview.PRIORITY)),
            "investigationSla", String.valueOf(job.text(ComplianceReview.INVESTIGATION_SLA))));
    return Map.of();
  }
}

package id.nusatrade.workers.compliance;

import id.nusatrade.compliance.alert.AlertTriage;
import id.nusatrade.processes.compliance.ComplianceReview;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value ComplianceReview#TRIAGE_JOB}: {@link AlertTriage} of the alert's kind and severity.
 */
public final class TriageAlertWorker implements JobHandler {
  private final AlertTriage triage;

  public TriageAlertWorker(AlertTriage triage) {
    this.triage = triage;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    AlertTriage.Triage result =
        triage.triage(
            AlertTriage.Kind.valueOf(job.requireText(ComplianceReview.ALERT_KIND)),
            AlertTriage.Severity.valueOf(job.requireText(ComplianceReview.SEVERITY)));
    return Map.of(
        ComplianceReview.NEEDS_INVESTIGATION, result.needsInvestigation(),
        ComplianceReview.PRIORITY, result.priority(),
        ComplianceReview.INVESTIGATION_SLA, result.investigationSla().toString(),
        ComplianceReview.TRIAGE_REASON, result.reason());
  }
}

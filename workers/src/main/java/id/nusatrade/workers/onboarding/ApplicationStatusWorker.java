package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.compliance.onboarding.ApplicationStatus;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * The jobs that only record where an application got to and tell the applicant ({@link
 * ApplicationNotices}): rejection, resubmission request (which also counts the resubmission, the
 * bound the process checks).
 */
public final class ApplicationStatusWorker implements JobHandler {
  private final ApplicationNotices notices;
  private final ApplicationStatus status;

  public ApplicationStatusWorker(ApplicationNotices notices, ApplicationStatus status) {
    this.notices = notices;
    this.status = status;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    String reason = job.text(Onboarding.KYC_DECISION_REASON);
    notices.reached(
        ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID)), status, reason);
    if (status == ApplicationStatus.RESUBMISSION_REQUESTED) {
      return Map.of(Onboarding.RESUBMISSIONS, job.integer(Onboarding.RESUBMISSIONS, 0) + 1);
    }
    return Map.of();
  }
}

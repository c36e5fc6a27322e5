package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.ApplicationNotices;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value Onboarding#ERASE_PERSONAL_DATA_JOB}: an abandoned application keeps no personal data
 * (idempotent). The process's own copies of the registration end with its instance.
 */
public final class ErasePersonalDataWorker implements JobHandler {
  private final ApplicationNotices notices;

  public ErasePersonalDataWorker(ApplicationNotices notices) {
    this.notices = notices;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    notices.abandoned(ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID)));
    return Map.of();
  }
}

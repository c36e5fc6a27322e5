package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.account.UsernameTakenException;
import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value Onboarding#CREATE_ACCOUNT_JOB}: the approved applicant's Keycloak account ({@link
 * TraderAccounts#open}); out {@value Onboarding#USER_ID} and {@value Onboarding#TENANT_ID}. A
 * redelivered job finds the account it created. A username someone else has is the BPMN error
 * {@value Onboarding#USERNAME_TAKEN_ERROR} (the applicant is asked to resubmit with another one);
 * Keycloak unreachable fails the job, retried with backoff.
 */
public final class CreateAccountWorker implements JobHandler {
  private final TraderAccounts accounts;

  public CreateAccountWorker(TraderAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    ApplicationId application = ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID));
    String userId;
    try {
      userId =
          accounts.open(
              application,
              job.requireText(Onboarding.USERNAME),
              job.requireText(Onboarding.EMAIL),
              job.requireText(Onboarding.FULL_NAME));
    } catch (UsernameTakenException e) {
      throw new BpmnErrorException(Onboarding.USERNAME_TAKEN_ERROR, e.getMessage());
    }
    return Map.of(
        Onboarding.USER_ID,
        userId,
        Onboarding.TENANT_ID,
        TraderAccounts.tenantOf(application).toString());
  }
}

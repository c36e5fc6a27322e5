package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.TraderAccounts;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value Onboarding#SEND_WELCOME_JOB}: the welcome e-mail with the username and a temporary
 * password ({@link TraderAccounts#welcome}); once: a redelivery after it was recorded sends
 * nothing.
 */
public final class SendWelcomeWorker implements JobHandler {
  private final TraderAccounts accounts;

  public SendWelcomeWorker(TraderAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    accounts.welcome(
        ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID)),
        job.requireText(Onboarding.USER_ID),
        job.requireText(Onboarding.USERNAME));
    return Map.of();
  }
}

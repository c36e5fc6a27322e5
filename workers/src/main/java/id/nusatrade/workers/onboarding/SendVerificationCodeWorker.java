package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.onboarding.ApplicationId;
import id.nusatrade.compliance.onboarding.ContactVerification;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value Onboarding#SEND_VERIFICATION_CODE_JOB}: mails the contact-verification code ({@link
 * ContactVerification}); a redelivered job sends nothing twice. A mail server that is down is a
 * technical failure: retried with backoff.
 */
public final class SendVerificationCodeWorker implements JobHandler {
  private final ContactVerification verification;

  public SendVerificationCodeWorker(ContactVerification verification) {
    this.verification = verification;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    verification.issue(
        ApplicationId.parse(job.requireText(Onboarding.APPLICATION_ID)),
        job.requireText(Onboarding.EMAIL));
    return Map.of();
  }
}

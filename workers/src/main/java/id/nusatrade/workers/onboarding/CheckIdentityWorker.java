package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.kyc.IdentityCheck;
import id.nusatrade.compliance.kyc.InvalidIdentityException;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.List;
import java.util.Map;

/**
 * Job {@value Onboarding#CHECK_IDENTITY_JOB}: {@link IdentityCheck} on the NIK and the declared
 * birth date. Impossible data is the BPMN error {@value Onboarding#IDENTITY_INVALID_ERROR} (the
 * resubmission path), with the field and the reason as its message.
 */
public final class CheckIdentityWorker implements JobHandler {
  public static final String AGE = "ageYears";
  public static final String MINOR = "minor";

  private final IdentityCheck check;

  public CheckIdentityWorker(IdentityCheck check) {
    this.check = check;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    IdentityCheck.Verdict verdict;
    try {
      verdict = check.check(job.text(Onboarding.NIK), job.text(Onboarding.DATE_OF_BIRTH));
    } catch (InvalidIdentityException e) {
      throw new BpmnErrorException(Onboarding.IDENTITY_INVALID_ERROR, e.getMessage());
    }
    return Map.of(
        Onboarding.SEX,
        verdict.sex().name(),
        AGE,
        verdict.age(),
        MINOR,
        verdict.minor(),
        Onboarding.IDENTITY_FINDINGS,
        List.of());
  }
}

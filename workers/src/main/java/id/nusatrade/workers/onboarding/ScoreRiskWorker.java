package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.kyc.RiskScoring;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.Map;

/**
 * Job {@value Onboarding#SCORE_RISK_JOB}: {@link RiskScoring} of what the identity check and the
 * screening found; the level decides between automatic approval and an officer.
 */
public final class ScoreRiskWorker implements JobHandler {
  private final RiskScoring scoring;

  public ScoreRiskWorker(RiskScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    RiskScoring.Facts facts =
        new RiskScoring.Facts(
            job.integer(CheckIdentityWorker.AGE, 0),
            job.flag(CheckIdentityWorker.MINOR),
            job.objects(Onboarding.SCREENING_HITS).stream()
                .map(ScreeningHits::fromVariable)
                .toList(),
            job.integer(Onboarding.RESUBMISSIONS, 0));
    RiskScoring.Assessment assessment = scoring.assess(facts);
    return Map.of(
        Onboarding.RISK_SCORE, assessment.score(),
        Onboarding.RISK_LEVEL, assessment.level().name(),
        Onboarding.RISK_REASONS, assessment.reasons());
  }
}

package id.nusatrade.workers.onboarding;

import id.nusatrade.compliance.kyc.Screening;
import id.nusatrade.compliance.kyc.ScreeningHit;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.JobHandler;
import id.nusatrade.workers.JobInput;
import java.util.List;
import java.util.Map;

/**
 * Job {@value Onboarding#SCREEN_SANCTIONS_JOB}: {@link Screening} of the applicant's full name; the
 * hits (possibly none) go to the risk score and to the officer's case view.
 */
public final class ScreenSanctionsWorker implements JobHandler {
  private final Screening screening;

  public ScreenSanctionsWorker(Screening screening) {
    this.screening = screening;
  }

  @Override
  public Map<String, Object> handle(JobInput job) {
    List<ScreeningHit> hits = screening.screen(job.requireText(Onboarding.FULL_NAME));
    return Map.of(Onboarding.SCREENING_HITS, hits.stream().map(ScreeningHits::toVariable).toList());
  }
}

package id.nusatrade.workers.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.compliance.kyc.IdentityCheck;
import id.nusatrade.compliance.kyc.RiskScoring;
import id.nusatrade.compliance.kyc.Screening;
import id.nusatrade.compliance.kyc.ScreeningList;
import id.nusatrade.processes.onboarding.Onboarding;
import id.nusatrade.workers.BpmnErrorException;
import id.nusatrade.workers.JobInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KYC workers chained as the process chains them, with no engine. */
class KycWorkersTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC);
  private final CheckIdentityWorker identity = new CheckIdentityWorker(new IdentityCheck(clock));
  private final ScreenSanctionsWorker screening =
      new ScreenSanctionsWorker(new Screening(ScreeningList.shipped()));
  private final ScoreRiskWorker risk = new ScoreRiskWorker(new RiskScoring());

  @Test
  void anAdultWithoutScreeningHitsIsLowRisk() {
    Map<String, Object> variables = run("Siti Rahayu", "3174054107900003", "1990-07-01");

    assertThat(variables)
        .containsEntry(Onboarding.SEX, "FEMALE")
        .containsEntry(CheckIdentityWorker.AGE, 36)
        .containsEntry(Onboarding.RISK_LEVEL, "LOW")
        .containsEntry(Onboarding.RISK_SCORE, 0);
  }

  @Test
  void aSanctionsListMatchTravelsThroughTheVariablesAndMakesTheCaseHighRisk() {
    Map<String, Object> variables = run("Achmad Fauzi Rahman", "3273011508850001", "1985-08-15");

    assertThat(variables).containsEntry(Onboarding.RISK_LEVEL, "HIGH");
    assertThat((java.util.List<?>) variables.get(Onboarding.SCREENING_HITS)).hasSize(1);
  }

  @Test
  void aNikThatContradictsTheBirthDateIsTheIdentityInvalidBpmnError() {
    assertThatThrownBy(
            () ->
                identity.handle(
                    job(
                        Onboarding.CHECK_IDENTITY_JOB,
                        Map.of(
                            Onboarding.NIK,
                            "3174054107900003",
                            Onboarding.DATE_OF_BIRTH,
                            "1991-07-01"))))
        .isInstanceOf(BpmnErrorException.class)
        .hasMessageContaining("nik")
        .extracting(e -> ((BpmnErrorException) e).errorCode())
        .isEqualTo(Onboarding.IDENTITY_INVALID_ERROR);
  }

  private Map<String, Object> run(String name, String nik, String birthDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Onboarding.FULL_NAME, name);
    variables.put(Onboarding.NIK, nik);
    variables.put(Onboarding.DATE_OF_BIRTH, birthDate);
    variables.put(Onboarding.RESUBMISSIONS, 0);
    variables.putAll(identity.handle(job(Onboarding.CHECK_IDENTITY_JOB, variables)));
    variables.putAll(screening.handle(job(Onboarding.SCREEN_SANCTIONS_JOB, variables)));
    variables.putAll(risk.handle(job(Onboarding.SCORE_RISK_JOB, variables)));
    return variables;
  }

  private static JobInput job(String type, Map<String, Object> variables) {
    return new JobInput(1, type, 3, variables);
  }
}

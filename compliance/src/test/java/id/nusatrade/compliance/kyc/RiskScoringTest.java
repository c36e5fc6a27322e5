package id.nusatrade.compliance.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScoringTest {
  private final RiskScoring scoring = new RiskScoring();

  // score = 100 per sanctions hit + 40 per PEP hit + 30 if under 21 + 10 per resubmission
  @ParameterizedTest(name = "sanction={0} pep={1} age={2} resubmissions={3} -> {4} {5}")
  @CsvSource({
    "false, false, 35, 0,   0, LOW",
    "false, false, 35, 2,  20, LOW",
    "false, false, 19, 0,  30, MEDIUM",
    "false, true,  35, 0,  40, MEDIUM",
    "false, true,  19, 0,  70, HIGH",
    "true,  false, 35, 0, 100, HIGH"
  })
  void scoresByTheRules(
      boolean sanction, boolean pep, int age, int resubmissions, int score, RiskLevel level) {
    List<ScreeningHit> hits = new java.util.ArrayList<>();
    if (sanction) {
      hits.add(new ScreeningHit("S", ScreeningEntry.Kind.SANCTION, "X", 0.95, "t"));
    }
    if (pep) {
      hits.add(new ScreeningHit("P", ScreeningEntry.Kind.PEP, "Y", 0.93, "t"));
    }

    RiskScoring.Assessment assessment =
        scoring.assess(new RiskScoring.Facts(age, age < 21, hits, resubmissions));

    assertThat(assessment.score()).isEqualTo(score);
    assertThat(assessment.level()).isEqualTo(level);
    assertThat(assessment.reasons())
        .hasSize(
            (sanction ? 1 : 0) + (pep ? 1 : 0) + (age < 21 ? 1 : 0) + (resubmissions > 0 ? 1 : 0));
  }
}

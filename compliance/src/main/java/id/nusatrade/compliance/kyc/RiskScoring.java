package id.nusatrade.compliance.kyc;

import java.util.ArrayList;
import java.util.List;

/**
 * The onboarding risk score by the rules: points per finding, level by bands (LOW below {@value
 * #MEDIUM_FROM}, HIGH from {@value #HIGH_FROM}). A sanctions hit alone makes the case HIGH; a PEP
 * hit or an applicant under the civil-law age of majority makes it at least MEDIUM.
 */
public final class RiskScoring {
  public static final int MEDIUM_FROM = 30;
  public static final int HIGH_FROM = 60;

  static final int SANCTION_POINTS = 100;
  static final int PEP_POINTS = 40;
  static final int MINOR_POINTS = 30;
  static final int RESUBMISSION_POINTS = 10;

  /** The score, its level and the reasons an officer reads. */
  public record Assessment(int score, RiskLevel level, List<String> reasons) {
    public Assessment {
      reasons = List.copyOf(reasons);
    }
  }

  /** What the score looks at. */
  public record Facts(int age, boolean minor, List<ScreeningHit> hits, int resubmissions) {}

  public Assessment assess(Facts facts) {
    int score = 0;
    List<String> reasons = new ArrayList<>();
    for (ScreeningHit hit : facts.hits()) {
      boolean sanction = hit.kind() == ScreeningEntry.Kind.SANCTION;
      score += sanction ? SANCTION_POINTS : PEP_POINTS;
      reasons.add(
          (sanction ? "sanctions" : "PEP")
              + " list match "
              + hit.listedName()
              + " ("
              + Math.round(hit.similarity() * 100)
              + "%)");
    }
    if (facts.minor()) {
      score += MINOR_POINTS;
      reasons.add("applicant is " + facts.age() + ", under the age of majority");
    }
    if (facts.resubmissions() > 0) {
      score += RESUBMISSION_POINTS * facts.resubmissions();
      reasons.add("identity data resubmitted " + facts.resubmissions() + " time(s)");
    }
    RiskLevel level =
        score >= HIGH_FROM
            ? RiskLevel.HIGH
            : score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    return new Assessment(score, level, reasons);
  }
}

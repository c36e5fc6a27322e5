package id.nusatrade.domain.billing;

import java.util.OptionalLong;

/**
 * What a tier may use. {@code predictionsPerMonth} {@code -1} means unlimited (read it through
 * {@link #predictionQuota()}).
 */
public record Entitlements(
    long predictionsPerMonth,
    boolean confidenceScores,
    boolean automatedTrading,
    boolean customModels,
    boolean prioritySupport,
    int apiRequestsPerMinute) {
  public static final long UNLIMITED = -1;

  public Entitlements {
    if (predictionsPerMonth < UNLIMITED) {
      throw new IllegalArgumentException(
          "predictionsPerMonth must be >= 0 or -1 (unlimited): " + predictionsPerMonth);
    }
    if (apiRequestsPerMinute <= 0) {
      throw new IllegalArgumentException(
          "apiRequestsPerMinute must be > 0: " + apiRequestsPerMinute);
    }
  }

  /** Predictions included per month; empty means unlimited. */
  public OptionalLong predictionQuota() {
    return predictionsPerMonth == UNLIMITED
        ? OptionalLong.empty()
        : OptionalLong.of(predictionsPerMonth);
  }
}

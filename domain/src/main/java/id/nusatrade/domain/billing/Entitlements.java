package id.nusatrade.domain.billing;

import java.util.OptionalLong;

/**
 * What a tier may use. {@code predictionsPerMonth} {@code -1} means unlimited (read it through
 * {@link #predictionQuota()}); {@code concurrentBacktests} is how many backtests the tenant may run
 * at once.
 */
public record Entitlements(
    long predictionsPerMonth,
    boolean confidenceScores,
    boolean automatedTrading,
    boolean customModels,
    boolean prioritySupport,
    int apiRequestsPerMinute,
    int concurrentBacktests) {
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
    if (concurrentBacktests <= 0) {
      throw new IllegalArgumentException("concurrentBacktests must be > 0: " + concurrentBacktests);
    }
  }

  /**
   * The entitlements as they were before backtests became a tier fact (one at a time), for callers
   * that do not care about backtests; the catalog itself always names the figure.
   */
  public Entitlements(
      long predictionsPerMonth,
      boolean confidenceScores,
      boolean automatedTrading,
      boolean customModels,
      boolean prioritySupport,
      int apiRequestsPerMinute) {
    this(
        predictionsPerMonth,
        confidenceScores,
        automatedTrading,
        customModels,
        prioritySupport,
        apiRequestsPerMinute,
        1);
  }

  /** Predictions included per month; empty means unlimited. */
  public OptionalLong predictionQuota() {
    return predictionsPerMonth == UNLIMITED
        ? OptionalLong.empty()
        : OptionalLong.of(predictionsPerMonth);
  }
}

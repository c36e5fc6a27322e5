package id.nusatrade.rules.model;

import java.util.Set;

/**
 * The limits of one tier, read from the tier limits table. "unlimited" in the table is {@link
 * #UNLIMITED}, so "usage at or above the limit" never holds for it.
 */
public record TierLimits(
    String tier,
    long predictionsPerMonth,
    long apiRequestsPerMinute,
    long maxStrategies,
    long maxSymbols,
    Set<String> features) {
  public static final long UNLIMITED = Long.MAX_VALUE;

  public TierLimits {
    features = Set.copyOf(features);
  }

  public boolean includes(String feature) {
    return features.contains(feature);
  }
}

package id.nusatrade.rules.limits;

import java.util.Set;

/**
 * One tier's column of the tier table: the limits the catalog does not hold. {@code
 * id.nusatrade.rules.engine.TierInput} joins it with the catalog's entitlements into the {@code
 * TierLimits} fact.
 */
public record TierColumn(String tier, long maxStrategies, long maxSymbols, Set<String> features) {
  public TierColumn {
    features = Set.copyOf(features);
  }
}

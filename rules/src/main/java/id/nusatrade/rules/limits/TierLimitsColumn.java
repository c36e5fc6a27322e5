package id.nusatrade.rules.limits;

import id.nusatrade.rules.model.TierLimits;
import java.util.HashSet;
import java.util.Set;

/**
 * One tier column of {@code tier-limits.csv}: quotas, then one {@code feature.<name>} row per
 * feature (true when the tier includes it).
 */
final class TierLimitsColumn {
  static final Set<String> FEATURES =
      Set.of("confidenceScores", "customModels", "perUserModels", "automatedTrading", "priority");

  static final Set<String> PARAMETERS = parameters();

  private TierLimitsColumn() {}

  private static Set<String> parameters() {
    Set<String> p =
        new HashSet<>(
            Set.of("predictionsPerMonth", "apiRequestsPerMinute", "maxStrategies", "maxSymbols"));
    FEATURES.forEach(f -> p.add("feature." + f));
    return Set.copyOf(p);
  }

  static Object read(String tier, CellReader r) {
    Set<String> features = new HashSet<>();
    for (String f : FEATURES) {
      if (r.flag("feature." + f)) {
        features.add(f);
      }
    }
    return new TierLimits(
        tier,
        r.count("predictionsPerMonth", true),
        r.count("apiRequestsPerMinute", true),
        r.count("maxStrategies", true),
        r.count("maxSymbols", true),
        features);
  }
}

package id.nusatrade.rules.limits;

import java.util.HashSet;
import java.util.Set;

/**
 * One tier column of {@code tier-limits.csv}: what the catalog does not hold (strategies, symbols,
 * per-user models). Quotas, the API rate and the other features are the catalog's (billing).
 */
final class TierLimitsColumn {
  static final Set<String> FEATURES = Set.of("perUserModels");

  static final Set<String> PARAMETERS = parameters();

  private TierLimitsColumn() {}

  private static Set<String> parameters() {
    Set<String> p = new HashSet<>(Set.of("maxStrategies", "maxSymbols"));
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
    return new TierColumn(
        tier, r.count("maxStrategies", true), r.count("maxSymbols", true), features);
  }
}

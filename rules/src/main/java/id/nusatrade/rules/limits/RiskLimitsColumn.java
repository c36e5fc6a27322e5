package id.nusatrade.rules.limits;

import id.nusatrade.rules.model.RiskLimits;
import java.util.Set;

/** One risk profile column of {@code risk-limits.csv}. */
final class RiskLimitsColumn {
  static final Set<String> PARAMETERS =
      Set.of(
          "maxNotionalPerOrder",
          "maxPositionPerSymbol",
          "maxTotalExposure",
          "maxDailyLoss",
          "maxOrdersPerSecond",
          "maxLeverage",
          "cooldownAfterLosses",
          "cooldown",
          "approvalNotionalThreshold",
          "approvalForFirstLiveTrade",
          "watchList");

  private RiskLimitsColumn() {}

  static Object read(String profile, CellReader r) {
    return new RiskLimits(
        profile,
        r.amount("maxNotionalPerOrder"),
        r.amount("maxPositionPerSymbol"),
        r.amount("maxTotalExposure"),
        r.amount("maxDailyLoss"),
        (int) Math.min(Integer.MAX_VALUE, r.count("maxOrdersPerSecond", false)),
        r.amount("maxLeverage"),
        (int) Math.min(Integer.MAX_VALUE, r.count("cooldownAfterLosses", false)),
        r.duration("cooldown"),
        r.amount("approvalNotionalThreshold"),
        r.flag("approvalForFirstLiveTrade"),
        r.list("watchList"));
  }
}

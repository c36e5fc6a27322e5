package id.nusatrade.rules.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * The thresholds of one risk profile, read from the risk limits table (data business staff edit,
 * not literals in DRL). maxDailyLoss is in IDR; notional, position and exposure limits in the
 * instrument's price currency (as the trading engine fills the facts).
 */
public record RiskLimits(
    String profile,
    BigDecimal maxNotionalPerOrder,
    BigDecimal maxPositionPerSymbol,
    BigDecimal maxTotalExposure,
    BigDecimal maxDailyLoss,
    int maxOrdersPerSecond,
    BigDecimal maxLeverage,
    int cooldownAfterLosses,
    Duration cooldown,
    BigDecimal approvalNotionalThreshold,
    boolean approvalForFirstLiveTrade,
    Set<String> watchList) {
  public RiskLimits {
    watchList = Set.copyOf(watchList);
  }

  public boolean watchListed(String symbol) {
    return watchList.contains(symbol);
  }
}

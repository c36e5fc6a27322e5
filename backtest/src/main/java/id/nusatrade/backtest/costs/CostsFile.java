package id.nusatrade.backtest.costs;

import id.nusatrade.backtest.yaml.YamlMap;
import id.nusatrade.trading.fill.Costs;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads a costs file ({@code --costs FILE}, YAML):
 *
 * <pre>
 * spread: 0.02            # price units; buys pay the ask = bid + spread
 * slippage: 0.01          # price units against the trader, market and stop fills
 * slippage_percent: 0.05  # and/or a percentage of the price
 * commission:
 *   per_trade: 1.00       # account money per fill (entry and exit each)
 *   per_unit: 0.005       # per unit per fill
 *   percent: 0.1          # of the notional per fill
 * </pre>
 *
 * Every key is optional (0 when absent); unknown keys and negative values are errors with a line.
 */
public final class CostsFile {
  private static final Set<String> TOP =
      Set.of("spread", "slippage", "slippage_percent", "commission");
  private static final Set<String> COMMISSION = Set.of("per_trade", "per_unit", "percent");

  private CostsFile() {}

  public static Costs parse(String text) {
    YamlMap root = YamlMap.parse(text).onlyKeys(TOP);
    YamlMap commission =
        root.has("commission") ? root.map("commission").onlyKeys(COMMISSION) : null;
    return new Costs(
        amount(root, "spread").doubleValue(),
        amount(root, "slippage").doubleValue(),
        amount(root, "slippage_percent").doubleValue(),
        amount(commission, "per_trade"),
        amount(commission, "per_unit"),
        amount(commission, "percent"));
  }

  private static BigDecimal amount(YamlMap map, String key) {
    if (map == null || !map.has(key)) {
      return BigDecimal.ZERO;
    }
    BigDecimal value = map.number(key);
    if (value.signum() < 0) {
      throw YamlMap.at(map.node(key), "'" + map.qualified(key) + "' must not be negative");
    }
    return value;
  }
}

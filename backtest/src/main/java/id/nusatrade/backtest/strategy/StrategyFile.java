package id.nusatrade.backtest.strategy;

import id.nusatrade.backtest.yaml.Scalar;
import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.backtest.yaml.YamlMap;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorRegistry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a strategy file (YAML, format in docs/backtest.md) into a {@link Strategy}. Every problem
 * (bad YAML, unknown or missing key, wrong type, unknown indicator, bad expression) is a {@link
 * YamlException} naming the line and column.
 */
public final class StrategyFile {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "timeframe",
          "entry",
          "exit",
          "stop_loss",
          "take_profit",
          "trailing_stop",
          "time_exit",
          "size",
          "parameters");
  private static final Set<String> SIDES = Set.of("long", "short");
  private static final Set<String> DISTANCE = Set.of("percent", "distance");
  private static final Set<String> SIZE = Set.of("units", "risk_percent", "equity_percent", "step");
  private static final BigDecimal DEFAULT_STEP = new BigDecimal("0.01");

  private final IndicatorRegistry registry;
  private final boolean modelLoaded;

  public StrategyFile(IndicatorRegistry registry) {
    this(registry, false);
  }

  /** {@code modelLoaded}: whether rules may read {@code model.*} (the run has {@code --model}). */
  public StrategyFile(IndicatorRegistry registry, boolean modelLoaded) {
    this.registry = registry;
    this.modelLoaded = modelLoaded;
  }

  /** Parses a file; {@code ${name}} placeholders take their {@code parameters} defaults. */
  public Strategy parse(String text) {
    StrategyTemplate template = StrategyTemplate.parse(text);
    return parseResolved(template.resolve(template.defaults()));
  }

  /** The strategy for one combination of a template's parameter values. */
  public Strategy parse(StrategyTemplate template, java.util.Map<String, BigDecimal> values) {
    return parseResolved(template.resolve(values));
  }

  private Strategy parseResolved(String text) {
    YamlMap root = YamlMap.parse(text).onlyKeys(TOP);
    String name = root.text("name").value();
    Timeframe timeframe = timeframe(root.text("timeframe"));
    YamlMap entry = root.map("entry").onlyKeys(SIDES);
    if (entry.keys().isEmpty()) {
      throw entry.error("'entry' needs 'long' or 'short' (or both)");
    }
    YamlMap exit = root.has("exit") ? root.map("exit").onlyKeys(SIDES) : null;
    Distance stopLoss = distance(root, "stop_loss");
    Sizing size = size(root.map("size").onlyKeys(SIZE), stopLoss);
    return new Strategy(
        name,
        timeframe,
        condition(entry, "long"),
        exit == null ? null : condition(exit, "long"),
        condition(entry, "short"),
        exit == null ? null : condition(exit, "short"),
        stopLoss,
        distance(root, "take_profit"),
        distance(root, "trailing_stop"),
        timeExit(root),
        size);
  }

  private static Timeframe timeframe(Scalar value) {
    try {
      return Timeframe.valueOf(value.value().trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw value.at(
          0,
          "unknown timeframe '"
              + value.value()
              + "' (one of "
              + Arrays.toString(Timeframe.values())
              + ")");
    }
  }

  private Expr.Cond condition(YamlMap side, String key) {
    if (!side.has(key)) {
      return null;
    }
    Scalar text = side.text(key);
    return ExpressionParser.condition(text.value(), registry, text::at, modelLoaded);
  }

  private Distance distance(YamlMap root, String key) {
    if (!root.has(key)) {
      return null;
    }
    YamlMap spec = root.map(key).onlyKeys(DISTANCE);
    if (spec.keys().size() != 1) {
      throw spec.error("'" + key + "' needs exactly one of 'percent' or 'distance'");
    }
    if (spec.has("percent")) {
      return new Distance.Percent(positive(spec, "percent").doubleValue());
    }
    Scalar text = spec.text("distance");
    return new Distance.Price(
        ExpressionParser.number(text.value(), registry, text::at, modelLoaded));
  }

  private static int timeExit(YamlMap root) {
    if (!root.has("time_exit")) {
      return 0;
    }
    BigDecimal bars = positive(root, "time_exit");
    if (bars.stripTrailingZeros().scale() > 0 || bars.compareTo(BigDecimal.valueOf(1e9)) > 0) {
      throw YamlMap.at(root.node("time_exit"), "'time_exit' must be a whole number of bars");
    }
    return bars.intValue();
  }

  private static Sizing size(YamlMap size, Distance stopLoss) {
    Set<String> kinds = new java.util.HashSet<>(size.keys());
    kinds.remove("step");
    if (kinds.size() != 1) {
      throw size.error("'size' needs exactly one of 'units', 'risk_percent' or 'equity_percent'");
    }
    String kind = kinds.iterator().next();
    BigDecimal value = positive(size, kind);
    BigDecimal step = size.has("step") ? positive(size, "step") : DEFAULT_STEP;
    if (kind.equals("risk_percent") && stopLoss == null) {
      throw YamlMap.at(size.node(kind), "'size.risk_percent' needs a 'stop_loss' to size against");
    }
    return new Sizing(Sizing.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), value, step);
  }

  private static BigDecimal positive(YamlMap map, String key) {
    BigDecimal value = map.number(key);
    if (value.signum() <= 0) {
      throw YamlMap.at(map.node(key), "'" + map.qualified(key) + "' must be greater than 0");
    }
    return value;
  }
}

package id.nusatrade.backtest.strategy;

import id.nusatrade.backtest.yaml.YamlException;
import id.nusatrade.backtest.yaml.YamlMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strategy file with parameters: a {@code parameters} mapping declares each one's range and the
 * text uses it as {@code ${name}} anywhere in a value ({@code sma(${fast})}). Replacing a
 * placeholder keeps every line where it was, so errors still point at the file's lines.
 *
 * <pre>
 * parameters:
 *   fast: {from: 5, to: 20, step: 5}              # default: from
 *   slow: {from: 20, to: 60, step: 10, default: 30}
 * </pre>
 */
public final class StrategyTemplate {
  static final int MAX_GRID = 10_000;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final String text;
  private final Map<String, Range> parameters;

  /** One parameter's values: from, from + step, ... up to {@code to}; {@code value} by default. */
  public record Range(BigDecimal from, BigDecimal to, BigDecimal step, BigDecimal value) {
    public List<BigDecimal> values() {
      List<BigDecimal> out = new ArrayList<>();
      for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
        out.add(v);
      }
      return out;
    }
  }

  private StrategyTemplate(String text, Map<String, Range> parameters) {
    this.text = text;
    this.parameters = parameters;
  }

  public static StrategyTemplate parse(String text) {
    YamlMap root = YamlMap.parse(text);
    Map<String, Range> parameters = new LinkedHashMap<>();
    if (root.has("parameters")) {
      YamlMap declared = root.map("parameters");
      for (String name : declared.keys()) {
        if (!NAME.matcher(name).matches()) {
          throw YamlMap.at(declared.node(name), "parameter names are words, got '" + name + "'");
        }
        parameters.put(name, range(declared.map(name)));
      }
    }
    StrategyTemplate template = new StrategyTemplate(text, parameters);
    template.checkPlaceholders();
    if (template.gridSize() > MAX_GRID) {
      throw root.error(
          "the parameter grid has "
              + template.gridSize()
              + " combinations (at most "
              + MAX_GRID
              + ")");
    }
    return template;
  }

  private static Range range(YamlMap spec) {
    spec.onlyKeys(java.util.Set.of("from", "to", "step", "default"));
    BigDecimal from = spec.number("from");
    BigDecimal to = spec.number("to");
    BigDecimal step = spec.has("step") ? spec.number("step") : BigDecimal.ONE;
    if (to.compareTo(from) < 0 || step.signum() <= 0) {
      throw spec.error("'" + spec.qualified("") + "' needs from <= to and step > 0");
    }
    BigDecimal value = spec.has("default") ? spec.number("default") : from;
    return new Range(from, to, step, value);
  }

  private void checkPlaceholders() {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!parameters.containsKey(m.group(1))) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
          if (text.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        throw new YamlException(
            line,
            m.start() - lineStart + 1,
            "'${" + m.group(1) + "}' is not declared under 'parameters'");
      }
    }
  }

  public Map<String, Range> parameters() {
    return parameters;
  }

  public Map<String, BigDecimal> defaults() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    parameters.forEach((name, range) -> out.put(name, range.value()));
    return out;
  }

  public long gridSize() {
    long size = 1;
    for (Range r : parameters.values()) {
      size *= r.values().size();
    }
    return size;
  }

  /** Every combination of parameter values, the first parameter varying slowest. */
  public List<Map<String, BigDecimal>> grid() {
    List<Map<String, BigDecimal>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (Map.Entry<String, Range> p : parameters.entrySet()) {
      List<Map<String, BigDecimal>> next = new ArrayList<>();
      for (Map<String, BigDecimal> partial : grid) {
        for (BigDecimal v : p.getValue().values()) {
          Map<String, BigDecimal> combo = new LinkedHashMap<>(partial);
          combo.put(p.getKey(), v);
          next.add(combo);
        }
      }
      grid = next;
    }
    return grid;
  }

  /** The text with every placeholder replaced by its value. */
  public String resolve(Map<String, BigDecimal> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, values.get(m.group(1)).stripTrailingZeros().toPlainString());
    }
    return m.appendTail(out).toString();
  }
}

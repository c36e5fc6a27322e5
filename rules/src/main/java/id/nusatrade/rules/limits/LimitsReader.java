package id.nusatrade.rules.limits;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a limit table into one limits fact per column ({@code RiskLimits} per profile, {@code
 * TierLimits} per tier); parameters the area does not know are reported as errors.
 */
public final class LimitsReader {
  private final Set<String> parameters;
  private final BiFunction<String, CellReader, Object> columnReader;

  private LimitsReader(
      Set<String> parameters, BiFunction<String, CellReader, Object> columnReader) {
    this.parameters = parameters;
    this.columnReader = columnReader;
  }

  public static LimitsReader risk() {
    return new LimitsReader(RiskLimitsColumn.PARAMETERS, RiskLimitsColumn::read);
  }

  public static LimitsReader tier() {
    return new LimitsReader(TierLimitsColumn.PARAMETERS, TierLimitsColumn::read);
  }

  /** Limits by column name; empty when the table has errors (they are added to messages). */
  public Map<String, Object> read(String file, String text, List<RuleMessage> messages) {
    int before = messages.size();
    LimitTable table = LimitTable.parse(file, text, messages);
    for (String p : table.parameters()) {
      if (!parameters.contains(p)) {
        messages.add(
            RuleMessage.error(
                file, table.line(p), "unknown parameter '" + p + "'; known: " + sorted()));
      }
    }
    Map<String, Object> byColumn = new LinkedHashMap<>();
    for (String column : table.columns()) {
      byColumn.put(column, columnReader.apply(column, new CellReader(table, column, messages)));
    }
    return messages.size() == before ? byColumn : Map.of();
  }

  private String sorted() {
    return String.join(", ", parameters.stream().sorted().toList());
  }
}

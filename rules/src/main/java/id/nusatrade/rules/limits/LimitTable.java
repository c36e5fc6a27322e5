package id.nusatrade.rules.limits;

import id.nusatrade.rules.engine.RuleMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table of parameters: a header {@code parameter,<column>...,description}, then one row per
 * parameter with one value per column. Lines starting with {@code #} and blank lines are ignored.
 * Values may be quoted with double quotes. Every cell remembers its line.
 */
public final class LimitTable {
  /** One value: the text as written and the line it is on. */
  public record Cell(String text, int line) {}

  private final String file;
  private final List<String> columns;
  private final Map<String, Map<String, Cell>> byParameter;
  private final Map<String, Integer> parameterLines;

  private LimitTable(
      String file,
      List<String> columns,
      Map<String, Map<String, Cell>> byParameter,
      Map<String, Integer> parameterLines) {
    this.file = file;
    this.columns = columns;
    this.byParameter = byParameter;
    this.parameterLines = parameterLines;
  }

  /** Reads the table; problems go to {@code messages} and the rows that parsed are kept. */
  public static LimitTable parse(String file, String text, List<RuleMessage> messages) {
    List<String> columns = List.of();
    Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    String[] raw = text.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      int line = i + 1;
      String row = raw[i].strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      List<String> cells = Csv.split(row);
      if (columns.isEmpty()) {
        if (cells.size() < 3
            || !cells.getFirst().equals("parameter")
            || !cells.getLast().equals("description")) {
          messages.add(
              RuleMessage.error(
                  file, line, "header must be parameter,<column>...,description: " + row));
          return new LimitTable(file, List.of(), rows, lines);
        }
        columns = List.copyOf(cells.subList(1, cells.size() - 1));
        continue;
      }
      if (cells.size() != columns.size() + 2) {
        messages.add(
            RuleMessage.error(
                file,
                line,
                "expected "
                    + (columns.size() + 2)
                    + " cells (parameter, "
                    + String.join(", ", columns)
                    + ", description), found "
                    + cells.size()));
        continue;
      }
      String parameter = cells.getFirst();
      if (rows.containsKey(parameter)) {
        messages.add(
            RuleMessage.error(
                file,
                line,
                "parameter '"
                    + parameter
                    + "' repeated (first on line "
                    + lines.get(parameter)
                    + ")"));
        continue;
      }
      Map<String, Cell> values = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        values.put(columns.get(c), new Cell(cells.get(c + 1), line));
      }
      rows.put(parameter, values);
      lines.put(parameter, line);
    }
    if (columns.isEmpty()) {
      messages.add(RuleMessage.error(file, 0, "no header line parameter,<column>...,description"));
    }
    return new LimitTable(file, columns, rows, lines);
  }

  public String file() {
    return file;
  }

  public List<String> columns() {
    return columns;
  }

  public List<String> parameters() {
    return new ArrayList<>(byParameter.keySet());
  }

  /** The cell, or null when the parameter is missing. */
  public Cell cell(String parameter, String column) {
    Map<String, Cell> row = byParameter.get(parameter);
    return row == null ? null : row.get(column);
  }

  public int line(String parameter) {
    return parameterLines.getOrDefault(parameter, 0);
  }
}

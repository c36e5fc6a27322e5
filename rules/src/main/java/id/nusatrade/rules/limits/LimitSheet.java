package id.nusatrade.rules.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A limit table as business staff edit it cell by cell (the rule editor's grid): the rows of a
 * {@code parameter,<column>...,description} CSV with their values, and the text again after an
 * edit. Only the edited row's line is rewritten; comments, blank lines and every other line stay as
 * written. Whether the values make sense is {@link LimitsReader}'s check when the draft compiles.
 */
public final class LimitSheet {
  /** One parameter: its values in column order and its description. */
  public record Row(String parameter, List<String> values, String description, int line) {
    public Row {
      values = List.copyOf(values);
    }

    /** The value of the {@code index}-th column. */
    public String value(int index) {
      return values.get(index);
    }
  }

  private final List<String> lines;
  private final List<String> columns;
  private final List<Row> rows;

  private LimitSheet(List<String> lines, List<String> columns, List<Row> rows) {
    this.lines = lines;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Reads the table's header and rows; a line that is not a row of the header's width is kept as
   * text and shown as no row (the compiler names it when the draft is checked).
   */
  public static LimitSheet parse(String text) {
    Objects.requireNonNull(text, "text");
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    List<String> columns = List.of();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String row = lines.get(i).strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      List<String> cells = Csv.split(row);
      if (columns.isEmpty()) {
        if (cells.size() >= 3 && cells.getFirst().equals("parameter")) {
          columns = List.copyOf(cells.subList(1, cells.size() - 1));
        }
        continue;
      }
      if (cells.size() == columns.size() + 2) {
        rows.add(
            new Row(cells.getFirst(), cells.subList(1, cells.size() - 1), cells.getLast(), i + 1));
      }
    }
    return new LimitSheet(lines, columns, List.copyOf(rows));
  }

  /** The value columns: risk profiles or tiers. */
  public List<String> columns() {
    return columns;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The row of {@code parameter}. */
  public Row row(String parameter) {
    return rows.stream()
        .filter(r -> r.parameter().equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter '" + parameter + "'"));
  }

  /** The table with one cell changed (the value is trimmed; a comma or quote is quoted). */
  public LimitSheet with(String parameter, String column, String value) {
    int c = columns.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException(
          "no column '" + column + "'; columns: " + String.join(", ", columns));
    }
    Row old = row(parameter);
    List<String> values = new ArrayList<>(old.values());
    values.set(c, value == null ? "" : value.strip());
    Row changed = new Row(parameter, values, old.description(), old.line());
    List<String> newLines = new ArrayList<>(lines);
    newLines.set(old.line() - 1, render(changed));
    List<Row> newRows = new ArrayList<>(rows);
    newRows.set(rows.indexOf(old), changed);
    return new LimitSheet(newLines, columns, List.copyOf(newRows));
  }

  /** The table as CSV text. */
  public String text() {
    return String.join("\n", lines);
  }

  private static String render(Row row) {
    List<String> cells = new ArrayList<>();
    cells.add(quoted(row.parameter()));
    row.values().forEach(v -> cells.add(quoted(v)));
    cells.add(quoted(row.description()));
    return String.join(",", cells);
  }

  private static String quoted(String cell) {
    if (cell.contains(",") || cell.contains("\"")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}

package id.nusatrade.ui.views.rules;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import id.nusatrade.rules.limits.LimitSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The limit table (risk profiles or tiers × parameters) as an editable grid: double-click a row (or
 * {@link #edit}) and type in its cells; every committed cell rewrites the table's text. The values
 * are checked when the draft compiles, which names the CSV line of a bad one.
 */
class LimitsGrid extends Grid<LimitsGrid.Line> {
  /** One parameter's row as the editor changes it. */
  static final class Line {
    private final String parameter;
    private final List<String> values;
    private final String description;

    Line(LimitSheet.Row row) {
      this.parameter = row.parameter();
      this.values = new ArrayList<>(row.values());
      this.description = row.description();
    }

    String parameter() {
      return parameter;
    }

    String value(int column) {
      return values.get(column);
    }
  }

  private LimitSheet sheet = LimitSheet.parse("");
  private List<Line> lines = List.of();
  private Runnable onEdit = () -> {};

  LimitsGrid() {
    super(Line.class, false);
    setId("rules-limits");
    setAllRowsVisible(true);
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    getEditor().setBinder(new Binder<>(Line.class));
    getEditor().setBuffered(false);
    addItemDoubleClickListener(e -> getEditor().editItem(e.getItem()));
  }

  /** Called after every committed cell. */
  void onEdit(Runnable onEdit) {
    this.onEdit = onEdit;
  }

  /** Shows {@code text} (a limit table) with headers in the current language. */
  void show(String text, Function<String, String> translate) {
    getEditor().cancel();
    sheet = LimitSheet.parse(text);
    lines = sheet.rows().stream().map(Line::new).toList();
    removeAllColumns();
    Binder<Line> binder = getEditor().getBinder();
    addColumn(Line::parameter)
        .setHeader(translate.apply("rules.limits.parameter"))
        .setKey("parameter")
        .setAutoWidth(true);
    List<String> columns = sheet.columns();
    for (int c = 0; c < columns.size(); c++) {
      int index = c;
      String column = columns.get(c);
      TextField cell = new TextField();
      cell.setId("rules-limit-" + column);
      cell.setWidthFull();
      binder.forField(cell).bind(l -> l.value(index), (l, v) -> set(l, index, column, v));
      addColumn(l -> l.value(index))
          .setHeader(column)
          .setKey("column-" + column)
          .setEditorComponent(cell)
          .setAutoWidth(true);
    }
    addColumn(l -> l.description)
        .setHeader(translate.apply("rules.limits.description"))
        .setKey("description")
        .setFlexGrow(2);
    setItems(lines);
  }

  /** Opens the editor on the row of {@code parameter}. */
  void edit(String parameter) {
    lines.stream()
        .filter(l -> l.parameter.equals(parameter))
        .findFirst()
        .ifPresent(l -> getEditor().editItem(l));
  }

  /** The table's text with every edit so far. */
  String text() {
    return sheet.text();
  }

  private void set(Line line, int index, String column, String value) {
    String v = value == null ? "" : value.strip();
    if (v.equals(line.values.get(index))) {
      return;
    }
    line.values.set(index, v);
    sheet = sheet.with(line.parameter, column, v);
    onEdit.run();
  }
}

package id.nusatrade.ui.views.rules;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.nusatrade.rules.lifecycle.LineDiff;

/**
 * Two texts side by side, line by line: the older version's line number and text on the left, the
 * newer one's on the right, a changed row marked (and styled) by its kind.
 */
class DiffGrid extends Grid<LineDiff.Row> {
  DiffGrid(String id) {
    super(LineDiff.Row.class, false);
    setId(id);
    setAllRowsVisible(true);
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
    setPartNameGenerator(r -> r.change() == LineDiff.Change.SAME ? null : "rule-diff-changed");
  }

  void show(String left, String right, String leftTitle, String rightTitle) {
    removeAllColumns();
    addColumn(r -> r.leftLine() == 0 ? "" : Integer.toString(r.leftLine()))
        .setHeader("#")
        .setKey("left-line")
        .setWidth("4em")
        .setFlexGrow(0);
    addColumn(LineDiff.Row::left).setHeader(leftTitle).setKey("left");
    addColumn(r -> marker(r.change()))
        .setHeader("")
        .setKey("change")
        .setWidth("3em")
        .setFlexGrow(0);
    addColumn(r -> r.rightLine() == 0 ? "" : Integer.toString(r.rightLine()))
        .setHeader("#")
        .setKey("right-line")
        .setWidth("4em")
        .setFlexGrow(0);
    addColumn(LineDiff.Row::right).setHeader(rightTitle).setKey("right");
    setItems(LineDiff.sideBySide(left, right));
  }

  /** {@code =} same, {@code -} only left, {@code +} only right, {@code ≠} changed. */
  static String marker(LineDiff.Change change) {
    return switch (change) {
      case SAME -> "";
      case REMOVED -> "−";
      case ADDED -> "+";
      case CHANGED -> "≠";
    };
  }
}

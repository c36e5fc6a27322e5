package id.nusatrade.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.rules.lifecycle.LineDiff.Change;
import id.nusatrade.rules.lifecycle.LineDiff.Row;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void equal_texts_are_all_same_rows() {
    assertThat(LineDiff.sideBySide("a\nb", "a\nb"))
        .containsExactly(
            new Row(Change.SAME, 1, "a", 1, "a"), new Row(Change.SAME, 2, "b", 2, "b"));
    assertThat(LineDiff.differ("a\nb", "a\nb")).isFalse();
  }

  @Test
  void a_changed_line_pairs_old_and_new_on_one_row() {
    String older = "parameter,standard\nmaxDailyLoss,50000000\nmaxLeverage,5";
    String newer = "parameter,standard\nmaxDailyLoss,40000000\nmaxLeverage,5";

    assertThat(LineDiff.sideBySide(older, newer))
        .containsExactly(
            new Row(Change.SAME, 1, "parameter,standard", 1, "parameter,standard"),
            new Row(Change.CHANGED, 2, "maxDailyLoss,50000000", 2, "maxDailyLoss,40000000"),
            new Row(Change.SAME, 3, "maxLeverage,5", 3, "maxLeverage,5"));
    assertThat(LineDiff.changes(older, newer))
        .containsExactly("-2 maxDailyLoss,50000000", "+2 maxDailyLoss,40000000");
  }

  @Test
  void insertions_and_deletions_keep_the_line_numbers_of_each_side() {
    // a b c d -> a x c d e : b replaced by x, e appended
    assertThat(LineDiff.sideBySide("a\nb\nc\nd", "a\nx\nc\nd\ne"))
        .containsExactly(
            new Row(Change.SAME, 1, "a", 1, "a"),
            new Row(Change.CHANGED, 2, "b", 2, "x"),
            new Row(Change.SAME, 3, "c", 3, "c"),
            new Row(Change.SAME, 4, "d", 4, "d"),
            new Row(Change.ADDED, 0, "", 5, "e"));
    assertThat(LineDiff.sideBySide("a\nb\nc", "a\nc"))
        .containsExactly(
            new Row(Change.SAME, 1, "a", 1, "a"),
            new Row(Change.REMOVED, 2, "b", 0, ""),
            new Row(Change.SAME, 3, "c", 2, "c"));
  }

  @Test
  void from_nothing_every_line_is_added() {
    assertThat(LineDiff.changes("", "x\ny")).containsExactly("+1 x", "+2 y");
  }
}

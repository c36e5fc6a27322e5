package id.nusatrade.rules.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (two versions' DRL or limit tables), as the rule editor shows it side by
 * side: the longest common subsequence of lines is kept, everything else is removed on the left or
 * added on the right. Quadratic in lines, which is fine for rule files of a few hundred lines.
 */
public final class LineDiff {
  /** How a row of the side-by-side view differs. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED,
    CHANGED
  }

  /**
   * One row of the side-by-side view: the left (older) and right (newer) line with their 1-based
   * numbers, 0 and "" when that side has no line in this row.
   */
  public record Row(Change change, int leftLine, String left, int rightLine, String right) {}

  private LineDiff() {}

  /** The side-by-side rows; a removed run next to an added run pairs up as CHANGED rows. */
  public static List<Row> sideBySide(String older, String newer) {
    String[] a = lines(older);
    String[] b = lines(newer);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        flush(rows, removed, added, a, b);
        rows.add(new Row(Change.SAME, i + 1, a[i], j + 1, b[j]));
        i++;
        j++;
      } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        added.add(j++);
      } else {
        removed.add(i++);
      }
    }
    flush(rows, removed, added, a, b);
    return rows;
  }

  /** Whether the texts differ in any line. */
  public static boolean differ(String older, String newer) {
    return sideBySide(older, newer).stream().anyMatch(r -> r.change() != Change.SAME);
  }

  /** The unified form, one line per change: {@code -12 old text} and {@code +12 new text}. */
  public static List<String> changes(String older, String newer) {
    List<String> out = new ArrayList<>();
    for (Row r : sideBySide(older, newer)) {
      if (r.leftLine() > 0 && r.change() != Change.SAME) {
        out.add("-" + r.leftLine() + " " + r.left());
      }
      if (r.rightLine() > 0 && r.change() != Change.SAME) {
        out.add("+" + r.rightLine() + " " + r.right());
      }
    }
    return out;
  }

  private static void flush(
      List<Row> rows, List<Integer> removed, List<Integer> added, String[] a, String[] b) {
    int n = Math.max(removed.size(), added.size());
    for (int k = 0; k < n; k++) {
      boolean left = k < removed.size();
      boolean right = k < added.size();
      Change change = left && right ? Change.CHANGED : left ? Change.REMOVED : Change.ADDED;
      rows.add(
          new Row(
              change,
              left ? removed.get(k) + 1 : 0,
              left ? a[removed.get(k)] : "",
              right ? added.get(k) + 1 : 0,
              right ? b[added.get(k)] : ""));
    }
    removed.clear();
    added.clear();
  }

  private static String[] lines(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    return text.split("\r?\n", -1);
  }
}

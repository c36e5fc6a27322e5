package id.nusatrade.signals.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Expanding-window walk-forward splits. The rows are cut into {@code folds + 1} consecutive chunks;
 * fold k tests on chunk k + 1 and trains on everything before it, except rows whose label reaches
 * into the test period (purging: bar + horizon ≥ first test bar) and rows within {@code embargo}
 * bars before it. The same rule separates the inner validation rows from inner training.
 */
public final class WalkForward {
  /** Row indices of one split; {@code train} is already purged and embargoed. */
  public record Split(int[] train, int[] test) {}

  private WalkForward() {}

  public static List<Split> folds(int[] bar, int folds, int horizon, int embargo) {
    int n = bar.length;
    List<Split> splits = new ArrayList<>();
    for (int k = 1; k <= folds; k++) {
      int start = (int) ((long) n * k / (folds + 1));
      int end = (int) ((long) n * (k + 1) / (folds + 1));
      int[] all = IntStream.range(0, start).toArray();
      splits.add(
          new Split(
              purge(all, bar, bar[start], horizon, embargo),
              IntStream.range(start, end).toArray()));
    }
    return splits;
  }

  /** The last {@code fraction} of {@code rows} as validation, the purged rest as training. */
  public static Split inner(int[] rows, int[] bar, double fraction, int horizon, int embargo) {
    int cut = rows.length - Math.max(1, (int) Math.round(rows.length * fraction));
    int[] head = java.util.Arrays.copyOf(rows, cut);
    int[] valid = java.util.Arrays.copyOfRange(rows, cut, rows.length);
    return new Split(purge(head, bar, bar[valid[0]], horizon, embargo), valid);
  }

  /**
   * Keeps rows whose label (bar + horizon) ends more than {@code embargo} bars before {@code
   * firstBar}.
   */
  static int[] purge(int[] rows, int[] bar, int firstBar, int horizon, int embargo) {
    return IntStream.of(rows).filter(r -> bar[r] + horizon < firstBar - embargo).toArray();
  }
}

package id.nusatrade.backtest.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;

/**
 * A one-line progress bar on standard error, redrawn at each whole percent: fed the finished
 * fraction, shown as a count of {@code total} {@code unit}s (bars of one run, or percent of
 * several).
 */
final class ProgressBar implements DoubleConsumer {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final String label;
  private final int total;
  private final String unit;
  private int shown = -1;

  ProgressBar(PrintStream err, String label, int total, String unit) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
    this.unit = unit;
  }

  @Override
  public void accept(double fraction) {
    int percent = (int) Math.floor(Math.min(1.0, fraction) * 100 + 1e-9);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    long done = Math.round(Math.min(1.0, fraction) * total);
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + percent
            + "% "
            + (unit.equals("%") ? "" : done + "/" + total + " " + unit));
    if (percent == 100) {
      err.println();
    }
    err.flush();
  }
}

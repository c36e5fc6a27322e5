package id.nusatrade.backtest.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/** A one-line progress bar on standard error, redrawn at each whole percent. */
final class ProgressBar implements IntConsumer {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final String label;
  private final int total;
  private int shown = -1;

  ProgressBar(PrintStream err, String label, int total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(1, total);
  }

  @Override
  public void accept(int bar) {
    int percent = (int) ((bar + 1L) * 100 / total);
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + percent
            + "% "
            + (bar + 1)
            + "/"
            + total
            + " bars");
    if (percent == 100) {
      err.println();
    }
    err.flush();
  }
}

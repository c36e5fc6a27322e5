package id.nusatrade.signals.cli;

import id.nusatrade.signals.training.Progress;
import java.io.PrintStream;

/** A one-line progress bar on stderr, one line per step (works in logs as well as terminals). */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;

  ProgressBar(PrintStream err) {
    this.err = err;
  }

  @Override
  public void step(String stage, int done, int total) {
    int filled = (int) ((long) WIDTH * done / Math.max(1, total));
    err.printf(
        "train: [%s%s] %3d%% %s %d/%d fits%n",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        100L * done / Math.max(1, total),
        stage,
        done,
        total);
    err.flush();
  }
}

package id.nusatrade.signals;

import id.nusatrade.signals.model.ModelStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Entry point for callers outside this module (backtest, live): {@code Signals.load(dir)} reads a
 * model directory written by {@code ./nusatrade train} and returns a {@link BarSignals} that turns
 * closed bars into decisions with the exact features the model was trained on. See docs/models.md.
 */
public final class Signals {
  private Signals() {}

  /**
   * Loads the model in {@code modelDir} (its {@code model.json} and artifact file).
   *
   * @throws IOException if the directory is not a model directory or an artifact is unreadable
   */
  public static BarSignals load(Path modelDir) throws IOException {
    return new BarSignals(ModelStore.load(modelDir));
  }

  /**
   * Loads with decisions carrying at most {@code contributions} feature contributions. {@code 0}
   * gives decisions without explanation at a fraction of the cost (a backtest over many bars, a
   * latency-bound path): same direction and probability.
   */
  public static BarSignals load(Path modelDir, int contributions) throws IOException {
    return new BarSignals(ModelStore.load(modelDir, contributions));
  }
}

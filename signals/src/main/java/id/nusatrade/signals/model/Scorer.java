package id.nusatrade.signals.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained model's raw output: a score in log-odds of "up" (uncalibrated) and how each feature
 * contributed to it. Single caller at a time.
 */
public interface Scorer extends AutoCloseable {
  ModelKind kind();

  double score(double[] features);

  /**
   * Writes each feature's contribution to {@link #score} into {@code dest[0..width)} and the base
   * value (expected score) into {@code dest[width]}; they sum to the score for trees (TreeSHAP).
   */
  void contributions(double[] features, double[] dest);

  /** Writes this model's artifact file(s) into {@code dir}. */
  void save(Path dir) throws IOException;

  @Override
  void close();
}

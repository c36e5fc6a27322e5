package id.nusatrade.signals.model;

import java.util.Map;
import java.util.Random;

/** Trains one model kind; hyper-parameters are a flat name → number map saved with the model. */
public interface Trainer {
  Map<String, Double> defaults();

  /** One random point of the search space. */
  Map<String, Double> sample(Random random);

  /**
   * Fits on {@code train}. {@code valid} is later data the model must not fit on; only the ensemble
   * reads it, to learn its members' weights.
   */
  Scorer fit(Dataset train, Dataset valid, Map<String, Double> params, long seed);
}

package id.nusatrade.signals.training;

import id.nusatrade.signals.features.FeatureSpec;
import id.nusatrade.signals.model.ModelKind;

/**
 * How to train.
 *
 * @param horizon bars ahead the label looks
 * @param folds walk-forward test folds
 * @param embargo bars dropped before each test and validation period on top of purging
 * @param trials hyper-parameter candidates per fit (1 = the defaults only)
 * @param validFraction last part of each training period used as inner validation
 * @param holdBand HOLD when the probability of up is within 0.5 ± this
 */
public record TrainOptions(
    ModelKind kind,
    FeatureSpec features,
    int horizon,
    int folds,
    int embargo,
    int trials,
    double validFraction,
    double holdBand,
    long seed) {

  public TrainOptions {
    if (horizon < 1) {
      throw new IllegalArgumentException("--horizon must be at least 1, got " + horizon);
    }
    if (folds < 2) {
      throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
    }
    if (embargo < horizon) {
      throw new IllegalArgumentException(
          "--embargo must be at least the horizon (" + horizon + "), got " + embargo);
    }
    if (trials < 1) {
      throw new IllegalArgumentException("--search must be at least 1, got " + trials);
    }
  }

  public static TrainOptions defaults(ModelKind kind, int horizon) {
    return new TrainOptions(kind, FeatureSpec.defaults(), horizon, 5, horizon, 1, 0.2, 0.05, 42);
  }

  public TrainOptions withFeatures(FeatureSpec spec) {
    return new TrainOptions(
        kind, spec, horizon, folds, embargo, trials, validFraction, holdBand, seed);
  }

  public TrainOptions withFolds(int n) {
    return new TrainOptions(
        kind, features, horizon, n, embargo, trials, validFraction, holdBand, seed);
  }

  public TrainOptions withTrials(int n) {
    return new TrainOptions(
        kind, features, horizon, folds, embargo, n, validFraction, holdBand, seed);
  }
}

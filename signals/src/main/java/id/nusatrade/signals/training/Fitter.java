package id.nusatrade.signals.training;

import id.nusatrade.signals.model.Calibration;
import id.nusatrade.signals.model.Dataset;
import id.nusatrade.signals.model.Scorer;
import id.nusatrade.signals.model.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits one model on a training period: splits off the inner validation rows (purged, embargoed),
 * tries the candidate hyper-parameters on inner training, keeps the one with the lowest calibrated
 * validation log-loss, and calibrates it (Platt) on the same validation rows. The caller's test
 * rows are never seen here.
 */
final class Fitter {
  /** The chosen model and how it was chosen. */
  record Fit(
      Scorer scorer,
      Calibration calibration,
      Map<String, Double> params,
      double validLogLoss,
      int trainRows,
      int validRows) {}

  static final int MIN_TRAIN = 20;
  static final int MIN_VALID = 5;
  private final TrainOptions options;
  private final Trainer trainer;

  Fitter(TrainOptions options) {
    this.options = options;
    this.trainer = options.kind().trainer();
  }

  private IllegalArgumentException tooFew(int train, int valid) {
    return new IllegalArgumentException(
        String.format(
            "too few bars: a walk-forward fold keeps %d training and %d validation rows after"
                + " purging and the %d-bar embargo (at least %d and %d needed); give more bars,"
                + " fewer --folds or a shorter --horizon",
            train, valid, options.embargo(), MIN_TRAIN, MIN_VALID));
  }

  /** Candidates: the defaults first, then random draws (same draws for every period). */
  List<Map<String, Double>> candidates() {
    List<Map<String, Double>> list = new ArrayList<>();
    list.add(trainer.defaults());
    Random random = new Random(options.seed());
    while (list.size() < options.trials()) {
      list.add(trainer.sample(random));
    }
    return list;
  }

  Fit fit(SampleSet samples, int[] rows, Runnable afterTrial) {
    if (rows.length < MIN_TRAIN + MIN_VALID) {
      throw tooFew(rows.length, 0);
    }
    WalkForward.Split inner =
        WalkForward.inner(
            rows, samples.bar(), options.validFraction(), options.horizon(), options.embargo());
    Dataset train = samples.subset(inner.train());
    Dataset valid = samples.subset(inner.test());
    if (train.rows() < MIN_TRAIN || valid.rows() < MIN_VALID) {
      throw tooFew(train.rows(), valid.rows());
    }
    Fit best = null;
    for (Map<String, Double> params : candidates()) {
      Scorer scorer = trainer.fit(train, valid, params, options.seed());
      double[] scores = new double[valid.rows()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = scorer.score(valid.x()[i]);
      }
      Calibration calibration = Calibration.fit(scores, valid.y());
      double[] p = new double[scores.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = calibration.probability(scores[i]);
      }
      double loss = Metrics.logLoss(valid.y(), p);
      if (best == null || loss < best.validLogLoss()) {
        if (best != null) {
          best.scorer().close();
        }
        best = new Fit(scorer, calibration, params, loss, train.rows(), valid.rows());
      } else {
        scorer.close();
      }
      afterTrial.run();
    }
    return best;
  }
}

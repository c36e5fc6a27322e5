package id.nusatrade.signals.model;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Gradient-boosted trees with LightGBM (lightgbm4j, native library in its jar), one thread. */
final class LightGbmTrainer implements Trainer {
  @Override
  public Map<String, Double> defaults() {
    return Params.of(
        "rounds",
        150,
        "numLeaves",
        15,
        "learningRate",
        0.05,
        "minDataInLeaf",
        50,
        "featureFraction",
        0.8,
        "baggingFraction",
        0.8,
        "lambdaL2",
        1.0);
  }

  @Override
  public Map<String, Double> sample(Random r) {
    return Params.of(
        "rounds", Params.integer(r, 50, 300),
        "numLeaves", Params.integer(r, 4, 63),
        "learningRate", Params.logUniform(r, 0.01, 0.2),
        "minDataInLeaf", Params.integer(r, 20, 200),
        "featureFraction", Params.uniform(r, 0.5, 1),
        "baggingFraction", Params.uniform(r, 0.5, 1),
        "lambdaL2", Params.logUniform(r, 0.01, 10));
  }

  @Override
  public Scorer fit(Dataset train, Dataset valid, Map<String, Double> p, long seed) {
    LightGbmNatives.load();
    String config =
        String.format(
            Locale.ROOT,
            "objective=binary num_leaves=%d learning_rate=%s min_data_in_leaf=%d"
                + " feature_fraction=%s bagging_fraction=%s bagging_freq=1 lambda_l2=%s"
                + " num_threads=1 verbose=-1 seed=%d deterministic=true force_row_wise=true",
            Params.getInt(p, "numLeaves"),
            Params.get(p, "learningRate"),
            Params.getInt(p, "minDataInLeaf"),
            Params.get(p, "featureFraction"),
            Params.get(p, "baggingFraction"),
            Params.get(p, "lambdaL2"),
            seed);
    try (LGBMDataset data =
        LGBMDataset.createFromMat(
            train.rowMajor(), train.rows(), train.width(), true, "max_bin=63 verbose=-1", null)) {
      data.setField("label", train.labels());
      LGBMBooster booster = LGBMBooster.create(data, config);
      for (int i = 0, n = Params.getInt(p, "rounds"); i < n; i++) {
        if (booster.updateOneIter()) {
          break;
        }
      }
      return new LightGbmScorer(booster, train.width());
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM training failed: " + e.getMessage(), e);
    }
  }
}

package id.nusatrade.signals.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Gradient-boosted trees with XGBoost (xgboost4j, native library in its jar), one thread. */
final class XgBoostTrainer implements Trainer {
  @Override
  public Map<String, Double> defaults() {
    return Params.of(
        "rounds",
        150,
        "maxDepth",
        3,
        "eta",
        0.05,
        "minChildWeight",
        5,
        "subsample",
        0.8,
        "colsampleBytree",
        0.8,
        "lambda",
        1.0);
  }

  @Override
  public Map<String, Double> sample(Random r) {
    return Params.of(
        "rounds", Params.integer(r, 50, 300),
        "maxDepth", Params.integer(r, 2, 6),
        "eta", Params.logUniform(r, 0.01, 0.2),
        "minChildWeight", Params.logUniform(r, 1, 50),
        "subsample", Params.uniform(r, 0.5, 1),
        "colsampleBytree", Params.uniform(r, 0.5, 1),
        "lambda", Params.logUniform(r, 0.01, 10));
  }

  @Override
  public Scorer fit(Dataset train, Dataset valid, Map<String, Double> p, long seed) {
    Map<String, Object> config = new HashMap<>();
    config.put("objective", "binary:logistic");
    config.put("tree_method", "hist");
    config.put("nthread", 1);
    config.put("seed", (int) seed);
    config.put("max_depth", Params.getInt(p, "maxDepth"));
    config.put("eta", Params.get(p, "eta"));
    config.put("min_child_weight", Params.get(p, "minChildWeight"));
    config.put("subsample", Params.get(p, "subsample"));
    config.put("colsample_bytree", Params.get(p, "colsampleBytree"));
    config.put("lambda", Params.get(p, "lambda"));
    DMatrix data = null;
    try {
      data = new DMatrix(train.rowMajor(), train.rows(), train.width(), Float.NaN);
      data.setLabel(train.labels());
      Booster booster =
          XGBoost.train(data, config, Params.getInt(p, "rounds"), Map.of(), null, null);
      return new XgBoostScorer(booster, train.width());
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    } finally {
      if (data != null) {
        data.dispose();
      }
    }
  }
}

package id.nusatrade.signals.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * An XGBoost booster: margin by in-place prediction (no matrix to build) and exact TreeSHAP
 * contributions (XGBoost's predict-contrib, which needs a one-row native matrix: most of the time).
 */
final class XgBoostScorer implements Scorer {
  static final String FILE = "xgboost.ubj";
  private static final int[] ALL_TREES = {0, 0};
  private final Booster booster;
  private final int width;
  private final float[] row;

  XgBoostScorer(Booster booster, int width) {
    this.booster = booster;
    this.width = width;
    this.row = new float[width];
  }

  static XgBoostScorer load(Path dir) throws IOException {
    try {
      Booster booster = XGBoost.loadModel(Files.readAllBytes(dir.resolve(FILE)));
      // one-row predictions on every core spin OpenMP threads: ~30 ms per decision when shared
      booster.setParam("nthread", "1");
      return new XgBoostScorer(booster, (int) booster.getNumFeature());
    } catch (XGBoostError e) {
      throw new IOException("cannot read " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ModelKind kind() {
    return ModelKind.XGBOOST;
  }

  private DMatrix matrix(double[] features) throws XGBoostError {
    for (int i = 0; i < width; i++) {
      row[i] = (float) features[i];
    }
    return new DMatrix(row, 1, width, Float.NaN);
  }

  @Override
  public double score(double[] features) {
    for (int i = 0; i < width; i++) {
      row[i] = (float) features[i];
    }
    try {
      // in-place prediction: no one-row DMatrix to build and free
      float[][] margin =
          booster.inplace_predict(
              row, 1, width, Float.NaN, ALL_TREES, Booster.PredictionType.kMargin, null);
      return margin[0][0];
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void contributions(double[] features, double[] dest) {
    DMatrix m = null;
    try {
      m = matrix(features);
      float[] contrib = booster.predictContrib(m, 0)[0];
      for (int i = 0; i <= width; i++) {
        dest[i] = contrib[i];
      }
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
    } finally {
      if (m != null) {
        m.dispose();
      }
    }
  }

  @Override
  public void save(Path dir) throws IOException {
    try {
      Files.write(dir.resolve(FILE), booster.toByteArray("ubj"));
    } catch (XGBoostError e) {
      throw new IOException("cannot save the XGBoost model: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    booster.dispose();
  }
}

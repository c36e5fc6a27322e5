package id.nusatrade.signals.model;

import com.microsoft.ml.lightgbm.PredictionType;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A LightGBM booster: raw score and exact TreeSHAP contributions (LightGBM's predict-contrib). */
final class LightGbmScorer implements Scorer {
  static final String FILE = "lightgbm.txt";

  private final LGBMBooster booster;
  private final int width;

  LightGbmScorer(LGBMBooster booster, int width) {
    this.booster = booster;
    this.width = width;
  }

  static LightGbmScorer load(Path dir) throws IOException {
    LightGbmNatives.load();
    String text = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8);
    try {
      LGBMBooster booster = LGBMBooster.loadModelFromString(text);
      return new LightGbmScorer(booster, booster.getNumFeature());
    } catch (LGBMException e) {
      throw new IOException("cannot read " + dir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ModelKind kind() {
    return ModelKind.LIGHTGBM;
  }

  @Override
  public double score(double[] features) {
    try {
      return booster.predictForMatSingleRow(features, PredictionType.C_API_PREDICT_RAW_SCORE);
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM prediction failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void contributions(double[] features, double[] dest) {
    try {
      double[] contrib =
          booster.predictForMat(features, 1, width, true, PredictionType.C_API_PREDICT_CONTRIB);
      System.arraycopy(contrib, 0, dest, 0, width + 1);
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM contributions failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void save(Path dir) throws IOException {
    try {
      String text = booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.GAIN);
      Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
    } catch (LGBMException e) {
      throw new IOException("cannot save the LightGBM model: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      booster.close();
    } catch (LGBMException e) {
      throw new IllegalStateException(e);
    }
  }
}

package id.nusatrade.signals;

import java.util.List;

/**
 * The port every model kind serves through: a feature vector (in {@link #featureNames()} order, as
 * {@link id.nusatrade.signals.features.FeaturePipeline} produces it) in, a decision out. Single
 * caller at a time: implementations reuse buffers and are not thread-safe.
 */
public interface SignalModel extends AutoCloseable {
  /** Model kind: lightgbm, xgboost, mlp or ensemble. */
  String kind();

  /** Version of this trained model (content hash of its artifacts). */
  String version();

  List<String> featureNames();

  Decision decide(double[] features);

  /** Frees native memory (LightGBM and XGBoost boosters). */
  @Override
  void close();
}

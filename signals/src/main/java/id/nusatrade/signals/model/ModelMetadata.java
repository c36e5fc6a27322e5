package id.nusatrade.signals.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code model.json} records beside the artifact: enough to rebuild the exact feature
 * pipeline, calibrate and label a decision, and to know what the model was trained on.
 *
 * @param kind lightgbm, xgboost, mlp or ensemble
 * @param version kind + content hash of the artifact files
 * @param featureSpec the feature set ({@link id.nusatrade.signals.features.FeatureSpec}) verbatim
 * @param featureNames the columns, in the order the model takes them
 * @param horizon bars ahead the label looks (training only; never read at inference)
 * @param holdBand HOLD when the probability of up is within 0.5 ± this
 * @param calibration Platt scaling fitted on the validation rows
 * @param params the hyper-parameters used
 * @param trainedFrom first bar time (epoch ms) of the training rows
 * @param trainedTo last bar time (epoch ms) whose label the training used
 * @param trainingSamples rows the model (and its calibration) saw
 * @param createdAt ISO-8601 instant of training
 */
public record ModelMetadata(
    String kind,
    String version,
    String featureSpec,
    List<String> featureNames,
    int horizon,
    double holdBand,
    Calibration calibration,
    Map<String, Double> params,
    long trainedFrom,
    long trainedTo,
    int trainingSamples,
    String createdAt) {

  public ModelMetadata withVersion(String newVersion) {
    return new ModelMetadata(
        kind,
        newVersion,
        featureSpec,
        featureNames,
        horizon,
        holdBand,
        calibration,
        params,
        trainedFrom,
        trainedTo,
        trainingSamples,
        createdAt);
  }
}

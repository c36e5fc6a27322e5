package id.nusatrade.signals.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The headline out-of-sample figures of a registered model's {@link RegisteredModel#metrics()}, to
 * compare versions: balanced accuracy with its 95% interval, AUC, log-loss, and the naive
 * baselines' balanced accuracy on the same folds. Each is {@code NaN} when the report lacks it (a
 * model registered without a training report).
 */
public record ModelMetrics(
    double balancedAccuracy,
    double balancedAccuracyLow,
    double balancedAccuracyHigh,
    double auc,
    double logLoss,
    double majorityClass,
    double persistence) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static ModelMetrics of(RegisteredModel model) {
    return parse(model.metrics());
  }

  /** Reads the metrics JSON the registry stores ({@code {outOfSample, baselines}}). */
  public static ModelMetrics parse(String json) {
    try {
      JsonNode m = JSON.readTree(json == null || json.isBlank() ? "{}" : json);
      JsonNode oos = m.path("outOfSample");
      JsonNode ci = oos.path("balancedAccuracyCi95");
      JsonNode baselines = m.path("baselines");
      return new ModelMetrics(
          number(oos.path("balancedAccuracy")),
          number(ci.path(0)),
          number(ci.path(1)),
          number(oos.path("auc")),
          number(oos.path("logLoss")),
          number(baselines.path("majorityClass").path("balancedAccuracy")),
          number(baselines.path("persistence").path("balancedAccuracy")));
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable model metrics", e);
    }
  }

  public boolean known() {
    return !Double.isNaN(balancedAccuracy);
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.doubleValue() : Double.NaN;
  }
}

package id.nusatrade.signals.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.model.ModelMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.json}: out-of-sample figures only (every row predicted by a model fitted on earlier
 * rows), with block-bootstrap 95% intervals, and the baselines on the same rows. In-sample figures
 * are never reported.
 */
final class TrainingReport {
  static final String FILE = "report.json";
  static final int RESAMPLES = 2000;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final TrainOptions options;
  private final SampleSet samples;
  private final BarSeries series;

  TrainingReport(TrainOptions options, SampleSet samples, BarSeries series) {
    this.options = options;
    this.samples = samples;
    this.series = series;
  }

  Map<String, Object> build(
      ModelTraining.OutOfSample oos, ModelMetadata model, Map<String, Double> timings) {
    int n = oos.rows().length;
    int[] y = new int[n];
    double[] persistence = new double[n];
    double[] majority = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = samples.y()[oos.rows()[i]];
      persistence[i] = samples.persistence()[oos.rows()[i]];
      majority[i] = oos.majority()[i];
    }
    int block = Metrics.blockLength(n, options.horizon());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("model", options.kind().id());
    r.put("version", model.version());
    r.put("data", data());
    r.put("label", label());
    r.put("features", Map.of("spec", options.features().text(), "names", samples.names()));
    r.put("validation", validation(block));
    Map<String, Object> out = classification(y, oos.p(), block);
    out.put("upRate", (double) java.util.stream.IntStream.of(y).sum() / n);
    out.put("from", Instant.ofEpochMilli(samples.time()[oos.rows()[0]]).toString());
    out.put("to", Instant.ofEpochMilli(samples.time()[oos.rows()[n - 1]]).toString());
    out.put("calibration", calibration(y, oos.p()));
    r.put("outOfSample", out);
    Map<String, Object> baselines = new LinkedHashMap<>();
    baselines.put(
        "majorityClass", baseline(y, majority, block, "the training period's more frequent label"));
    baselines.put(
        "persistence",
        baseline(
            y, persistence, block, "the sign of the past " + options.horizon() + "-bar return"));
    r.put("baselines", baselines);
    r.put("folds", oos.folds());
    r.put("deployedModel", deployed(model));
    r.put("timingsSeconds", timings);
    return r;
  }

  private Map<String, Object> data() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("bars", series.size());
    d.put("from", Instant.ofEpochMilli(series.time()[0]).toString());
    d.put("to", Instant.ofEpochMilli(series.time()[series.size() - 1]).toString());
    d.put("labelledRows", samples.size());
    return d;
  }

  private Map<String, Object> label() {
    return Map.of(
        "kind",
        "forward-return-sign",
        "horizonBars",
        options.horizon(),
        "definition",
        "1 if close[t+"
            + options.horizon()
            + "] > close[t], 0 if below; rows with an unchanged"
            + " close are left out. Used as a training target only, never at inference.");
  }

  private Map<String, Object> validation(int block) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("method", "expanding walk-forward");
    v.put("folds", options.folds());
    v.put("purgeBars", options.horizon());
    v.put("embargoBars", options.embargo());
    v.put("innerValidationFraction", options.validFraction());
    v.put("searchTrials", options.trials());
    v.put("selection", "lowest calibrated log-loss on each fold's inner validation rows");
    v.put("calibration", "Platt scaling on the inner validation rows");
    v.put(
        "bootstrap",
        Map.of("method", "circular block", "blockLength", block, "resamples", RESAMPLES));
    return v;
  }

  private Map<String, Object> classification(int[] y, double[] p, int block) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", y.length);
    m.put("balancedAccuracy", Metrics.balancedAccuracy(y, p));
    m.put(
        "balancedAccuracyCi95",
        Metrics.balancedAccuracyCi95(y, p, block, RESAMPLES, options.seed()));
    m.put("accuracy", Metrics.accuracy(y, p));
    m.put("logLoss", Metrics.logLoss(y, p));
    m.put("auc", nullIfNaN(Metrics.auc(y, p)));
    m.put("brier", Metrics.brier(y, p));
    return m;
  }

  private Map<String, Object> baseline(int[] y, double[] guess, int block, String what) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("predicts", what);
    m.put("samples", y.length);
    m.put("balancedAccuracy", Metrics.balancedAccuracy(y, guess));
    m.put(
        "balancedAccuracyCi95",
        Metrics.balancedAccuracyCi95(y, guess, block, RESAMPLES, options.seed()));
    m.put("accuracy", Metrics.accuracy(y, guess));
    return m;
  }

  private static Map<String, Object> calibration(int[] y, double[] p) {
    return Map.of(
        "expectedCalibrationError", Metrics.expectedCalibrationError(y, p),
        "bins", Metrics.calibrationBins(y, p));
  }

  private static Map<String, Object> deployed(ModelMetadata model) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("version", model.version());
    d.put("trainedOnRows", model.trainingSamples());
    d.put("params", model.params());
    d.put("note", "fitted on all rows the same way as each fold; its figures are the folds' above");
    return d;
  }

  static Map<String, Object> fold(
      SampleSet samples, WalkForward.Split split, Fitter.Fit fit, double[] p) {
    int[] y = new int[split.test().length];
    for (int i = 0; i < y.length; i++) {
      y[i] = samples.y()[split.test()[i]];
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("trainRows", fit.trainRows());
    f.put("validationRows", fit.validRows());
    f.put("testRows", y.length);
    f.put("testFrom", Instant.ofEpochMilli(samples.time()[split.test()[0]]).toString());
    f.put("testTo", Instant.ofEpochMilli(samples.time()[split.test()[y.length - 1]]).toString());
    f.put("balancedAccuracy", Metrics.balancedAccuracy(y, p));
    f.put("validationLogLoss", fit.validLogLoss());
    f.put("params", fit.params());
    return f;
  }

  private static Object nullIfNaN(double v) {
    return Double.isNaN(v) ? null : v;
  }

  /** Writes atomically (temporary file, then move). */
  static void write(Path dir, Map<String, Object> report) throws IOException {
    Path temp = Files.createTempFile(dir, ".report.", ".tmp");
    try {
      JSON.writeValue(temp.toFile(), report);
      Files.move(
          temp,
          dir.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static List<String> requiredKeys() {
    return List.of(
        "outOfSample.balancedAccuracy", "outOfSample.balancedAccuracyCi95", "outOfSample.samples");
  }
}

package id.nusatrade.signals.training;

import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.model.ModelMetadata;
import id.nusatrade.signals.model.ModelStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code train} end to end: rows from the feature pipeline, walk-forward out-of-sample predictions
 * (each fold fitted, searched and calibrated on its own past only), metrics against the baselines
 * on the same rows, then the deployable model fitted the same way on all rows and saved.
 */
public final class ModelTraining {
  /** Fewest rows per walk-forward chunk: below this the figures say nothing. */
  static final int MIN_CHUNK = 30;

  private final TrainOptions options;
  private final Clock clock;
  private final Progress progress;

  public ModelTraining(TrainOptions options, Clock clock, Progress progress) {
    this.options = options;
    this.clock = clock;
    this.progress = progress;
  }

  /** What training produced: the report (also written as report.json) and the saved model. */
  public record Result(Map<String, Object> report, ModelMetadata model) {}

  /** Out-of-sample predictions of every fold, in time order. */
  record OutOfSample(int[] rows, double[] p, int[] majority, List<Map<String, Object>> folds) {}

  public Result run(BarSeries series, Path outDir) throws IOException {
    long started = System.nanoTime();
    SampleSet samples = SampleSet.build(series, options.features(), options.horizon());
    requireEnough(series, samples);
    Fitter fitter = new Fitter(options);
    int total = (options.folds() + 1) * options.trials();
    int[] done = {0};
    Runnable tick = () -> progress.step("training", ++done[0], total);
    OutOfSample oos = outOfSample(samples, fitter, tick);
    double oosSeconds = (System.nanoTime() - started) / 1e9;
    long finalStart = System.nanoTime();
    int[] all = IntStream.range(0, samples.size()).toArray();
    Fitter.Fit fit = fitter.fit(samples, all, tick);
    double finalSeconds = (System.nanoTime() - finalStart) / 1e9;
    ModelMetadata metadata =
        new ModelMetadata(
            options.kind().id(),
            "",
            options.features().text(),
            samples.names(),
            options.horizon(),
            options.holdBand(),
            fit.calibration(),
            fit.params(),
            samples.time()[0],
            samples.time()[samples.size() - 1],
            fit.trainRows() + fit.validRows(),
            clock.instant().toString());
    ModelMetadata saved;
    try {
      saved = ModelStore.save(outDir, fit.scorer(), metadata);
    } finally {
      fit.scorer().close();
    }
    Map<String, Object> report =
        new TrainingReport(options, samples, series)
            .build(
                oos,
                saved,
                Map.of("walkForwardSeconds", oosSeconds, "finalFitSeconds", finalSeconds));
    TrainingReport.write(outDir, report);
    return new Result(report, saved);
  }

  private OutOfSample outOfSample(SampleSet samples, Fitter fitter, Runnable tick) {
    List<WalkForward.Split> splits =
        WalkForward.folds(samples.bar(), options.folds(), options.horizon(), options.embargo());
    int n = splits.stream().mapToInt(s -> s.test().length).sum();
    int[] rows = new int[n];
    double[] p = new double[n];
    int[] majority = new int[n];
    List<Map<String, Object>> folds = new ArrayList<>();
    int at = 0;
    for (WalkForward.Split split : splits) {
      Fitter.Fit fit = fitter.fit(samples, split.train(), tick);
      long ups = IntStream.of(split.train()).filter(r -> samples.y()[r] == 1).count();
      int guess = ups * 2 >= split.train().length ? 1 : 0;
      double[] foldP = new double[split.test().length];
      for (int i = 0; i < split.test().length; i++) {
        int r = split.test()[i];
        double score = fit.scorer().score(samples.x()[r]);
        foldP[i] = fit.calibration().probability(score);
        rows[at] = r;
        p[at] = foldP[i];
        majority[at] = guess;
        at++;
      }
      fit.scorer().close();
      folds.add(TrainingReport.fold(samples, split, fit, foldP));
    }
    return new OutOfSample(rows, p, majority, folds);
  }

  private void requireEnough(BarSeries series, SampleSet samples) {
    int needed = (options.folds() + 1) * MIN_CHUNK;
    if (samples.size() < needed) {
      throw new IllegalArgumentException(
          String.format(
              "too few bars: %d bars give %d labelled rows after the features' warm-up and the"
                  + " %d-bar horizon; %d walk-forward folds need at least %d (%d per chunk)",
              series.size(),
              samples.size(),
              options.horizon(),
              options.folds(),
              needed,
              MIN_CHUNK));
    }
  }
}

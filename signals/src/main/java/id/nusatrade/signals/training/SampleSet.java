package id.nusatrade.signals.training;

import id.nusatrade.market.bars.BarSeries;
import id.nusatrade.signals.features.FeaturePipeline;
import id.nusatrade.signals.features.FeatureSpec;
import id.nusatrade.signals.model.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled rows of a series: one per bar whose features are warm and whose label is defined.
 * Features come from the same incremental {@link FeaturePipeline} live trading uses, fed bar by
 * bar, so a row holds only what was known at that bar's close.
 *
 * @param bar index of the bar each row was taken at
 * @param time that bar's time
 */
public record SampleSet(
    List<String> names, double[][] x, int[] y, int[] bar, long[] time, int[] persistence) {

  public static SampleSet build(BarSeries series, FeatureSpec spec, int horizon) {
    FeaturePipeline pipeline = new FeaturePipeline(spec);
    List<double[]> rows = new ArrayList<>();
    List<int[]> meta = new ArrayList<>();
    for (int t = 0; t < series.size(); t++) {
      pipeline.push(
          series.time()[t],
          series.open()[t],
          series.high()[t],
          series.low()[t],
          series.close()[t],
          series.volume()[t]);
      int label = Labels.forwardSign(series.close(), t, horizon);
      if (pipeline.ready() && label != Labels.NONE) {
        rows.add(pipeline.values().clone());
        meta.add(new int[] {label, t, Labels.pastSign(series.close(), t, horizon)});
      }
    }
    int n = rows.size();
    int[] y = new int[n];
    int[] bar = new int[n];
    long[] time = new long[n];
    int[] persistence = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = meta.get(i)[0];
      bar[i] = meta.get(i)[1];
      time[i] = series.time()[bar[i]];
      persistence[i] = meta.get(i)[2];
    }
    return new SampleSet(
        pipeline.names(), rows.toArray(double[][]::new), y, bar, time, persistence);
  }

  public int size() {
    return y.length;
  }

  public Dataset subset(int[] rows) {
    double[][] sx = new double[rows.length][];
    int[] sy = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sx[i] = x[rows[i]];
      sy[i] = y[rows[i]];
    }
    return new Dataset(sx, sy);
  }
}

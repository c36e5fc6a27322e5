package id.nusatrade.signals.features;

import java.util.Arrays;
import java.util.List;

/**
 * Turns closed bars into feature vectors, incrementally: {@link #push} one bar, then read {@link
 * #values()}. The vector is defined (no NaN) once {@link #ready()}, that is after {@link #warmUp()}
 * bars. Nothing is allocated per bar. Single writer: not thread-safe.
 */
public final class FeaturePipeline {
  private final FeatureSpec spec;
  private final Feature[] features;
  private final String[] names;
  private final int[] widths;
  private final int warmUp;
  private final BarHistory history;
  private final double[] vector;
  private long bars;

  public FeaturePipeline(FeatureSpec spec) {
    this.spec = spec;
    List<Feature> built = spec.build();
    this.features = built.toArray(Feature[]::new);
    this.names = built.stream().flatMap(f -> Arrays.stream(f.names())).toArray(String[]::new);
    this.widths = built.stream().mapToInt(f -> f.names().length).toArray();
    this.warmUp = built.stream().mapToInt(Feature::warmUp).max().orElse(0);
    this.history = new BarHistory(built.stream().mapToInt(Feature::depth).max().orElse(0));
    this.vector = new double[names.length];
    Arrays.fill(vector, Double.NaN);
    if (Arrays.stream(names).distinct().count() != names.length) {
      throw new IllegalArgumentException("Feature spec '" + spec.text() + "' repeats a column");
    }
  }

  /** Feeds one closed bar (time in epoch millis); rejects non-finite or non-positive prices. */
  public void push(long time, double open, double high, double low, double close, double volume) {
    if (!(close > 0 && open > 0 && high > 0 && low > 0 && Double.isFinite(high + low + volume))) {
      throw new IllegalArgumentException("Bar with a non-positive or non-finite price at " + time);
    }
    history.push(close, volume);
    int offset = 0;
    for (int i = 0; i < features.length; i++) {
      features[i].update(history, time, open, high, low, close, volume);
      features[i].write(vector, offset);
      offset += widths[i];
    }
    bars++;
  }

  /** True once every feature is defined. */
  public boolean ready() {
    return bars > warmUp;
  }

  /** The current vector, owned by the pipeline and overwritten by the next push. */
  public double[] values() {
    return vector;
  }

  /** Bars consumed before the first defined vector. */
  public int warmUp() {
    return warmUp;
  }

  public List<String> names() {
    return List.of(names);
  }

  public int width() {
    return names.length;
  }

  public FeatureSpec spec() {
    return spec;
  }

  public void reset() {
    bars = 0;
    history.reset();
    for (Feature feature : features) {
      feature.reset();
    }
    Arrays.fill(vector, Double.NaN);
  }
}

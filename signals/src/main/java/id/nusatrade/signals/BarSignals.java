package id.nusatrade.signals;

import id.nusatrade.signals.features.FeaturePipeline;
import id.nusatrade.signals.features.FeatureSpec;
import id.nusatrade.signals.model.CalibratedModel;

/**
 * A loaded model with its own feature pipeline: push each closed bar, get a decision for it. Uses
 * only this bar and earlier ones. Single writer: one instance per symbol and timeframe.
 */
public final class BarSignals implements AutoCloseable {
  private final FeaturePipeline pipeline;
  private final CalibratedModel model;
  private final Decision warmingUp;

  BarSignals(CalibratedModel model) {
    this.model = model;
    this.pipeline = new FeaturePipeline(new FeatureSpec(model.metadata().featureSpec()));
    if (!pipeline.names().equals(model.featureNames())) {
      throw new IllegalStateException(
          "model " + model.version() + " was trained on other features than its spec builds");
    }
    this.warmingUp = Decision.warmingUp(model.version());
  }

  /**
   * Feeds one closed bar (time in epoch ms) and returns the decision taken on its close: a HOLD
   * with {@code warm() == false} until {@link #warmUp()} bars have been seen.
   */
  public Decision onBar(long time, double open, double high, double low, double close, double v) {
    pipeline.push(time, open, high, low, close, v);
    return pipeline.ready() ? model.decide(pipeline.values()) : warmingUp;
  }

  /** Bars consumed before the first real decision. */
  public int warmUp() {
    return pipeline.warmUp();
  }

  /** The bars ahead the model was trained to predict (the label's horizon). */
  public int horizon() {
    return model.metadata().horizon();
  }

  public SignalModel model() {
    return model;
  }

  public FeaturePipeline features() {
    return pipeline;
  }

  /** Forgets every bar (a new series); the model stays loaded. */
  public void reset() {
    pipeline.reset();
  }

  @Override
  public void close() {
    model.close();
  }
}

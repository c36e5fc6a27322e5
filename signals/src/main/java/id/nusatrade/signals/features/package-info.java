/**
 * Features computed incrementally from closed bars, one push per bar and no allocation in steady
 * state: the same {@link id.nusatrade.signals.features.FeaturePipeline} serves training, backtest
 * and live. A feature set is configuration ({@link id.nusatrade.signals.features.FeatureSpec}),
 * saved with the model that was trained on it.
 */
package id.nusatrade.signals.features;

/**
 * The model kinds behind {@link id.nusatrade.signals.SignalModel}: a {@link
 * id.nusatrade.signals.model.Scorer} gives a raw score (log-odds of "up") and per-feature
 * contributions, {@link id.nusatrade.signals.model.Calibration} turns it into a calibrated
 * probability, and {@link id.nusatrade.signals.model.ModelStore} saves and loads a model directory.
 */
package id.nusatrade.signals.model;

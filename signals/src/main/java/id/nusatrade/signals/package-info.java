/**
 * AI signals: the public API ({@link id.nusatrade.signals.Signals#load}, {@link
 * id.nusatrade.signals.BarSignals}, {@link id.nusatrade.signals.SignalModel}, {@link
 * id.nusatrade.signals.Decision}); features in {@code features}, model kinds in {@code model},
 * honest training (labels, walk-forward, metrics) in {@code training}, the {@code train} command in
 * {@code cli}.
 */
package id.nusatrade.signals;

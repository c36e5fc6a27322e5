/** Artemis consumer of the signals topic for {@link id.nusatrade.ui.signals.SignalBoard}. */
package id.nusatrade.ui.signals.jms;

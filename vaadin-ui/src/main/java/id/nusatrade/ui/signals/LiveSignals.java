package id.nusatrade.ui.signals;

import id.nusatrade.ui.market.LiveFeed;

/**
 * What the signals page reads: the board of recent decisions and the bus connection that fills it
 * (connected on the first page that needs it).
 */
public record LiveSignals(SignalBoard board, LiveFeed feed) {}

package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;

/**
 * Receives each closed bar as primitives (no Bar record per bar on the hot path). Called on the
 * aggregator's thread; implementations must not block. {@link #endOfBatch()} is where I/O goes.
 */
public interface BarListener {
  void barClosed(
      int stream,
      Timeframe timeframe,
      long openTimeMillis,
      double open,
      double high,
      double low,
      double close,
      long tickVolume);

  /**
   * A closed bar whose volume may be fractional (bars built from finer bars of a data file, whose
   * volume is traded size, not a tick count). The aggregator calls this form; it hands the tick
   * volume (a whole number on the live path) to {@link #barClosed(int, Timeframe, long, double,
   * double, double, double, long)} unless a listener overrides it.
   */
  default void barClosed(
      int stream,
      Timeframe timeframe,
      long openTimeMillis,
      double open,
      double high,
      double low,
      double close,
      double volume) {
    barClosed(stream, timeframe, openTimeMillis, open, high, low, close, (long) volume);
  }

  default void endOfBatch() {}
}

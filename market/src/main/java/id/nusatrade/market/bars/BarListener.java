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

  default void endOfBatch() {}
}

package id.nusatrade.indicators;

/**
 * The indicator contract (after ta4j's tiny one, but incremental): one update per closed bar, O(1),
 * no allocation in steady state. Outputs are read by index after the update; an indicator is {@link
 * #ready()} once it has seen its warm-up (TA-Lib's lookback) and its outputs are then defined.
 * Before that, outputs are {@code NaN}.
 */
public interface Indicator {
  void update(long time, double open, double high, double low, double close, double volume);

  boolean ready();

  /** Number of outputs (1 for SMA, 3 for MACD and Bollinger Bands, ...). */
  int outputs();

  double value(int output);

  /** Column names of the outputs, for example {@code macd_12_26_9, macd_signal_12_26_9, ...}. */
  String[] names();

  /** Bars consumed before the first defined output (TA-Lib's lookback). */
  int lookback();

  /** Back to the freshly built state. */
  void reset();
}

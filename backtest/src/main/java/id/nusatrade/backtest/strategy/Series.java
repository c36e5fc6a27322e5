package id.nusatrade.backtest.strategy;

/**
 * A column a strategy reads: a bar price or one output of an indicator built from its registry
 * token ({@code sma:10}, {@code macd:12:26:9} output 1).
 */
public sealed interface Series permits Series.Price, Series.IndicatorOutput, Series.Model {
  /** A bar field: open, high, low, close or volume. */
  enum Field {
    OPEN,
    HIGH,
    LOW,
    CLOSE,
    VOLUME
  }

  /** A bar price (or the volume). */
  record Price(Field field) implements Series {}

  /** Output {@code output} of the indicator the registry builds from {@code token}. */
  record IndicatorOutput(String token, int output, String column) implements Series {}

  /** A model output (needs {@code --model DIR}), see docs/backtest.md. */
  enum ModelOutput {
    /** Calibrated probability that the price is up after the model's horizon; NaN while warming. */
    PROBABILITY,
    /** 1 for BUY, -1 for SELL, 0 for HOLD (and while warming up). */
    SIGNAL,
    /** 1 when the decision is BUY, else 0. */
    BUY,
    /** 1 when the decision is SELL, else 0. */
    SELL
  }

  /** An output of the loaded model's decision on each closed bar. */
  record Model(ModelOutput output) implements Series {}
}

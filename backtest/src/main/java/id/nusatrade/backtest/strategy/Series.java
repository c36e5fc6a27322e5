package id.nusatrade.backtest.strategy;

/**
 * A column a strategy reads: a bar price or one output of an indicator built from its registry
 * token ({@code sma:10}, {@code macd:12:26:9} output 1).
 */
public sealed interface Series permits Series.Price, Series.IndicatorOutput {
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
}

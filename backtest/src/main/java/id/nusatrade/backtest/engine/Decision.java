package id.nusatrade.backtest.engine;

/**
 * What the strategy decided on a bar: the decision log the look-ahead check compares between two
 * runs whose data differ only after a cut.
 */
public record Decision(int bar, long time, Action action) {
  /** A decision. */
  public enum Action {
    ENTER_LONG,
    ENTER_SHORT,
    EXIT_SIGNAL,
    TIME_EXIT,
    STOP_LOSS,
    TAKE_PROFIT,
    TRAILING_STOP,
    SKIPPED_ZERO_SIZE
  }
}

package id.nusatrade.domain.trading;

/** Why the engine closes a position on its own. */
public enum ExitReason {
  STOP_LOSS,
  TAKE_PROFIT,
  TRAILING_STOP,
  CLOSE_ALL
}

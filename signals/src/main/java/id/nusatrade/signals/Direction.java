package id.nusatrade.signals;

/** What a decision advises for the next horizon. */
public enum Direction {
  BUY,
  SELL,
  HOLD
}

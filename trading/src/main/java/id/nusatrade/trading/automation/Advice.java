package id.nusatrade.trading.automation;

/** What a model advises on a bar's close (signals' {@code Direction}). */
public enum Advice {
  BUY,
  SELL,
  HOLD
}

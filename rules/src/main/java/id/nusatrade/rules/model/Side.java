package id.nusatrade.rules.model;

/** Direction of an order intent. */
public enum Side {
  BUY,
  SELL;

  /** +1 for BUY, -1 for SELL: the sign of the position change. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}

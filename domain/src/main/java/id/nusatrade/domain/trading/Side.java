package id.nusatrade.domain.trading;

/** Buy or sell. */
public enum Side {
  BUY,
  SELL;

  /** +1 for buy, -1 for sell: the sign a fill gives a position's quantity. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }

  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }
}

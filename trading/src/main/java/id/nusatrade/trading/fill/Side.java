package id.nusatrade.trading.fill;

/** The side of an order (or of the position it opens): a buy opens a long, a sell a short. */
public enum Side {
  BUY(1),
  SELL(-1);

  private final int sign;

  Side(int sign) {
    this.sign = sign;
  }

  /** +1 for a buy (long), -1 for a sell (short): P&amp;L is {@code sign * (exit - entry) * qty}. */
  public int sign() {
    return sign;
  }

  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }
}

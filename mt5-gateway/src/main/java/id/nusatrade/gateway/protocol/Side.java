package id.nusatrade.gateway.protocol;

/** Order or position side; NONE where a frame carries no side. */
public enum Side {
  NONE,
  BUY,
  SELL;

  public static Side of(int code) {
    if (code < 0 || code >= values().length) {
      throw new ProtocolException(ErrorCode.BAD_FIELD, "side " + code);
    }
    return values()[code];
  }
}

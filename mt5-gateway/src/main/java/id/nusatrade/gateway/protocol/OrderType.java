package id.nusatrade.gateway.protocol;

/** Execution style of a PLACE order (code = ordinal + 1). */
public enum OrderType {
  MARKET,
  LIMIT,
  STOP;

  public int code() {
    return ordinal() + 1;
  }

  public static OrderType of(int code) {
    if (code < 1 || code > values().length) {
      throw new ProtocolException(ErrorCode.BAD_FIELD, "order type " + code);
    }
    return values()[code - 1];
  }
}

package id.nusatrade.gateway.protocol;

/** What an ORDER frame asks the EA to do (code = ordinal + 1). */
public enum OrderAction {
  PLACE,
  MODIFY,
  CLOSE;

  public int code() {
    return ordinal() + 1;
  }

  public static OrderAction of(int code) {
    if (code < 1 || code > values().length) {
      throw new ProtocolException(ErrorCode.BAD_FIELD, "order action " + code);
    }
    return values()[code - 1];
  }
}

package id.nusatrade.gateway.protocol;

/** What an EXECUTION_REPORT reports (code = ordinal + 1). */
public enum ExecutionKind {
  FILL,
  REJECT,
  POSITIONS;

  public int code() {
    return ordinal() + 1;
  }

  public static ExecutionKind of(int code) {
    if (code < 1 || code > values().length) {
      throw new ProtocolException(ErrorCode.BAD_FIELD, "execution kind " + code);
    }
    return values()[code - 1];
  }
}

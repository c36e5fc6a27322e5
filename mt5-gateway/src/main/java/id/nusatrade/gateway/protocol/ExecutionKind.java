package id.nusatrade.gateway.protocol;

/**
 * What an EXECUTION_REPORT reports (code = ordinal + 1). CANCELLED and CANCEL_REJECTED (protocol 2)
 * answer a CANCEL: the pending order was withdrawn, or it could not be (already filled, not ours,
 * unknown), which leaves the order as it is.
 */
public enum ExecutionKind {
  FILL,
  REJECT,
  POSITIONS,
  CANCELLED,
  CANCEL_REJECTED;

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

package id.nusatrade.gateway.protocol;

/**
 * What an ORDER frame asks the EA to do (code = ordinal + 1). CANCEL (protocol 2) withdraws the
 * pending order carrying the frame's client order id; a version-1 EA is never sent one.
 */
public enum OrderAction {
  PLACE,
  MODIFY,
  CLOSE,
  CANCEL;

  /**
   * The client order id under which the gateway's log and the EA's de-duplication know this frame:
   * a CANCEL names the order it withdraws, so it is kept apart from that order's PLACE.
   */
  public static String dedupKey(OrderAction action, String clientOrderId) {
    return action == CANCEL ? "cancel:" + clientOrderId : clientOrderId;
  }

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

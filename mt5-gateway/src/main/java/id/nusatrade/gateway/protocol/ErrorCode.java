package id.nusatrade.gateway.protocol;

/** Codes carried by PROTOCOL_ERROR. After sending one the gateway closes the connection. */
public enum ErrorCode {
  UNSUPPORTED_VERSION(1),
  AUTH_FAILED(2),
  TERMINAL_DISABLED(3),
  MALFORMED_FRAME(10),
  FRAME_TOO_LARGE(11),
  UNKNOWN_TYPE(12),
  NOT_AUTHENTICATED(13),
  ALREADY_AUTHENTICATED(14),
  SEQUENCE_GAP(15),
  BAD_FIELD(16),
  HEARTBEAT_TIMEOUT(17),
  SUPERSEDED(18),
  WRONG_DIRECTION(19),
  TOO_MANY_SYMBOLS(20),
  SHUTTING_DOWN(21),
  /** The gateway cannot make frames durable (its journal's disk fails): reconnect later. */
  JOURNAL_UNAVAILABLE(22);

  private final int code;

  ErrorCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ErrorCode of(int code) {
    for (ErrorCode c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    throw new ProtocolException(MALFORMED_FRAME, "unknown error code " + code);
  }
}

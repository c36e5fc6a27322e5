package id.nusatrade.gateway.protocol;

/**
 * Codes carried by PROTOCOL_ERROR. After sending one the gateway closes the connection; what the EA
 * does next is {@link #eaReaction()}.
 */
public enum ErrorCode {
  UNSUPPORTED_VERSION(1, EaReaction.STOP),
  // also "directory unavailable": a person may have to act, but it can pass, so not STOP
  AUTH_FAILED(2, EaReaction.WAIT_LONG),
  TERMINAL_DISABLED(3, EaReaction.WAIT_LONG),
  MALFORMED_FRAME(10, EaReaction.RETRY),
  FRAME_TOO_LARGE(11, EaReaction.RETRY),
  UNKNOWN_TYPE(12, EaReaction.RETRY),
  NOT_AUTHENTICATED(13, EaReaction.RETRY),
  ALREADY_AUTHENTICATED(14, EaReaction.RETRY),
  SEQUENCE_GAP(15, EaReaction.RETRY),
  BAD_FIELD(16, EaReaction.MUTE_SYMBOL),
  HEARTBEAT_TIMEOUT(17, EaReaction.RETRY),
  // another EA instance streams this terminal: two would take the connection from each other
  SUPERSEDED(18, EaReaction.STOP),
  WRONG_DIRECTION(19, EaReaction.RETRY),
  TOO_MANY_SYMBOLS(20, EaReaction.MUTE_SYMBOL),
  SHUTTING_DOWN(21, EaReaction.RETRY),
  /** The gateway cannot make frames durable (its journal's disk fails): reconnect later. */
  JOURNAL_UNAVAILABLE(22, EaReaction.RETRY);

  private final int code;
  private final EaReaction reaction;

  ErrorCode(int code, EaReaction reaction) {
    this.code = code;
    this.reaction = reaction;
  }

  public int code() {
    return code;
  }

  /** What an EA does after receiving this code (same table in the MQL5 EA, generated). */
  public EaReaction eaReaction() {
    return reaction;
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

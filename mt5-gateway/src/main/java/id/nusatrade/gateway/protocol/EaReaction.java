package id.nusatrade.gateway.protocol;

/**
 * What an Expert Advisor does after the gateway sent it a PROTOCOL_ERROR and closed the connection.
 * One table for both EAs: the MQL5 EA gets it generated ({@code NtErrorReaction} in
 * FrameLayout.mqh), the simulated EA reads {@link ErrorCode#eaReaction()}.
 */
public enum EaReaction {
  /** Transient: reconnect with the usual exponential backoff. */
  RETRY,
  /**
   * The offending frame is one of our ticks whose symbol the gateway refuses: stop streaming that
   * symbol, drop its pending ticks, reconnect. Other frames: as {@link #RETRY}.
   */
  MUTE_SYMBOL,
  /** Needs a person (key, enabled flag): say so once, retry only after the long backoff. */
  WAIT_LONG,
  /** Retrying can never succeed: say so and stop the EA. */
  STOP;

  /** Code in the generated MQL5 include (NT_REACT_*). */
  public int code() {
    return ordinal();
  }
}

package id.nusatrade.gateway.protocol;

/** A frame broke the protocol; the peer gets a PROTOCOL_ERROR with {@link #code()}. */
public final class ProtocolException extends RuntimeException {
  private final ErrorCode code;

  public ProtocolException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}

package id.nusatrade.gateway.protocol;

/**
 * Frame type codes (byte 4 of every frame). Bytes, not an enum, so the hot path switches on ints.
 */
public final class FrameType {
  public static final int HELLO = 0x01;
  public static final int WELCOME = 0x02;
  public static final int HEARTBEAT = 0x03;
  public static final int ACK = 0x04;
  public static final int TICK = 0x10;
  public static final int ORDER = 0x20;
  public static final int EXECUTION_REPORT = 0x21;
  public static final int PROTOCOL_ERROR = 0x7F;

  private FrameType() {}

  /**
   * Fixed frame length for a type, or -1 when the type is variable (EXECUTION_REPORT) or unknown.
   */
  public static int fixedLength(int type) {
    return switch (type) {
      case HELLO -> FrameLayout.HELLO_LENGTH;
      case WELCOME -> FrameLayout.WELCOME_LENGTH;
      case HEARTBEAT, ACK -> FrameLayout.HEARTBEAT_LENGTH;
      case TICK -> FrameLayout.TICK_LENGTH;
      case ORDER -> FrameLayout.ORDER_LENGTH;
      case PROTOCOL_ERROR -> FrameLayout.ERROR_LENGTH;
      default -> -1;
    };
  }

  public static boolean known(int type) {
    return type == EXECUTION_REPORT || fixedLength(type) > 0;
  }
}

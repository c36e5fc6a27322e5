package id.nusatrade.gateway.protocol;

/**
 * Byte offsets of every field, relative to the start of a frame. The single source of truth for the
 * layout tables in docs/mt5-protocol.md and the MQL5 include {@code FrameLayout.mqh}, which {@link
 * MqlHeader} generates from it.
 */
public final class FrameLayout {
  /**
   * The version this gateway and its EAs speak. 2 added the ORDER action CANCEL and the report
   * kinds CANCELLED and CANCEL_REJECTED; frames are otherwise unchanged, so a version-1 EA is still
   * accepted (it is never sent a CANCEL).
   */
  public static final int PROTOCOL_VERSION = 2;

  /** The oldest EA protocol version the gateway still accepts. */
  public static final int MIN_PROTOCOL_VERSION = 1;

  public static final int HEADER = 16;
  public static final int LENGTH = 0;
  public static final int TYPE = 4;
  public static final int FLAGS = 5;
  public static final int SEQ = 8;

  public static final int HELLO_VERSION = 16;
  public static final int HELLO_EA_BUILD = 20;
  public static final int HELLO_ACCOUNT = 24;
  public static final int HELLO_LAST_RECEIVED = 32;
  public static final int HELLO_TENANT = 40;
  public static final int HELLO_API_KEY = 80;
  public static final int HELLO_LENGTH = 144;

  public static final int WELCOME_VERSION = 16;
  public static final int WELCOME_HEARTBEAT_MILLIS = 20;
  public static final int WELCOME_MAX_FRAME = 24;
  public static final int WELCOME_LAST_ACKED = 32;
  public static final int WELCOME_LENGTH = 40;

  /** HEARTBEAT carries the sender's clock, ACK the cumulative acknowledged sequence, same place. */
  public static final int HEARTBEAT_VALUE = 16;

  public static final int HEARTBEAT_LENGTH = 24;

  public static final int TICK_SYMBOL = 16;
  public static final int TICK_TIME = 48;
  public static final int TICK_BID = 56;
  public static final int TICK_ASK = 64;
  public static final int TICK_LAST = 72;
  public static final int TICK_VOLUME = 80;
  public static final int TICK_FLAGS = 88;
  public static final int TICK_LENGTH = 96;

  public static final int ORDER_ACTION = 16;
  public static final int ORDER_SIDE = 17;
  public static final int ORDER_TYPE = 18;
  public static final int ORDER_DEVIATION = 20;
  public static final int ORDER_TICKET = 24;
  public static final int ORDER_CLIENT_ID = 32;
  public static final int ORDER_SYMBOL = 64;
  public static final int ORDER_VOLUME = 96;
  public static final int ORDER_PRICE = 104;
  public static final int ORDER_SL = 112;
  public static final int ORDER_TP = 120;
  public static final int ORDER_LENGTH = 128;

  public static final int EXEC_KIND = 16;
  public static final int EXEC_SIDE = 17;
  public static final int EXEC_COUNT = 18;
  public static final int EXEC_RETCODE = 20;
  public static final int EXEC_TICKET = 24;
  public static final int EXEC_TIME = 32;
  public static final int EXEC_CLIENT_ID = 40;
  public static final int EXEC_SYMBOL = 72;
  public static final int EXEC_VOLUME = 104;
  public static final int EXEC_PRICE = 112;

  /** Protocol 2: the deal's commission and swap as MT5 reports them (negative = charged). */
  public static final int EXEC_COMMISSION = 120;

  public static final int EXEC_SWAP = 128;
  public static final int EXEC_FIXED_LENGTH = 136;

  /**
   * A version-1 EA's fixed part, without commission and swap (read as 0). 120 + 88 × n and 136 + 88
   * × m never coincide, so the length alone tells the two apart.
   */
  public static final int EXEC_V1_FIXED_LENGTH = 120;

  /** One position entry of a positions snapshot, offsets relative to the entry. */
  public static final int POS_TICKET = 0;

  public static final int POS_SYMBOL = 8;
  public static final int POS_SIDE = 40;
  public static final int POS_VOLUME = 48;
  public static final int POS_OPEN_PRICE = 56;
  public static final int POS_SL = 64;
  public static final int POS_TP = 72;
  public static final int POS_PROFIT = 80;
  public static final int POS_LENGTH = 88;

  public static final int ERROR_CODE = 16;
  public static final int ERROR_RELATED_SEQ = 24;
  public static final int ERROR_MESSAGE = 32;
  public static final int ERROR_LENGTH = 96;

  /** Widths of fixed ASCII fields: one length byte, then up to width-1 characters, zero padded. */
  public static final int SYMBOL_WIDTH = 32;

  public static final int TENANT_WIDTH = 40;
  public static final int API_KEY_WIDTH = 64;
  public static final int MESSAGE_WIDTH = 64;

  private FrameLayout() {}
}

package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;

/** Reads and writes a TICK frame in place: the gateway's hot path never builds a record. */
public final class TickView {
  private TickView() {}

  public static long time(ByteBuffer b, int at) {
    return b.getLong(at + TICK_TIME);
  }

  public static double bid(ByteBuffer b, int at) {
    return b.getDouble(at + TICK_BID);
  }

  public static double ask(ByteBuffer b, int at) {
    return b.getDouble(at + TICK_ASK);
  }

  public static double last(ByteBuffer b, int at) {
    return b.getDouble(at + TICK_LAST);
  }

  public static long volume(ByteBuffer b, int at) {
    return b.getLong(at + TICK_VOLUME);
  }

  public static int flags(ByteBuffer b, int at) {
    return b.getInt(at + TICK_FLAGS);
  }

  /** Writes a whole TICK frame at {@code at}; the symbol must be valid ASCII. */
  public static void write(
      ByteBuffer b,
      int at,
      long seq,
      String symbol,
      long time,
      double bid,
      double ask,
      double last,
      long volume,
      int flags) {
    FrameHeader.write(b, at, TICK_LENGTH, FrameType.TICK, seq);
    Ascii.write(b, at + TICK_SYMBOL, SYMBOL_WIDTH, symbol);
    b.putLong(at + TICK_TIME, time);
    b.putDouble(at + TICK_BID, bid);
    b.putDouble(at + TICK_ASK, ask);
    b.putDouble(at + TICK_LAST, last);
    b.putLong(at + TICK_VOLUME, volume);
    b.putInt(at + TICK_FLAGS, flags);
    b.putInt(at + TICK_FLAGS + 4, 0);
  }
}

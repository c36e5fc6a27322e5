package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;

/**
 * Framing: decides from the first bytes whether a whole frame is buffered, and rejects lengths that
 * cannot be right before a single body byte is trusted. Buffers must be little-endian.
 */
public final class FrameHeader {
  private FrameHeader() {}

  /**
   * Length of the frame starting at {@code offset}, or -1 if fewer than {@code available} bytes
   * hold it yet.
   *
   * @throws ProtocolException FRAME_TOO_LARGE, UNKNOWN_TYPE or MALFORMED_FRAME
   */
  public static int complete(ByteBuffer buf, int offset, int available, int maxFrame) {
    if (available < 8) {
      return -1;
    }
    int length = buf.getInt(offset + LENGTH);
    if (length > maxFrame || length < 0) {
      throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "frame length " + length);
    }
    int type = buf.get(offset + TYPE) & 0xFF;
    checkLength(type, length);
    return available < length ? -1 : length;
  }

  static void checkLength(int type, int length) {
    if (!FrameType.known(type)) {
      throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "frame type " + type);
    }
    int fixed = FrameType.fixedLength(type);
    boolean ok =
        fixed > 0
            ? length == fixed
            : (length >= EXEC_FIXED_LENGTH && (length - EXEC_FIXED_LENGTH) % POS_LENGTH == 0)
                || (length >= EXEC_V1_FIXED_LENGTH
                    && (length - EXEC_V1_FIXED_LENGTH) % POS_LENGTH == 0);
    if (!ok) {
      throw new ProtocolException(
          ErrorCode.MALFORMED_FRAME, "length " + length + " wrong for type " + type);
    }
  }

  public static int type(ByteBuffer buf, int offset) {
    return buf.get(offset + TYPE) & 0xFF;
  }

  public static long seq(ByteBuffer buf, int offset) {
    return buf.getLong(offset + SEQ);
  }

  static void write(ByteBuffer buf, int offset, int length, int type, long seq) {
    buf.putInt(offset + LENGTH, length);
    buf.put(offset + TYPE, (byte) type);
    buf.put(offset + FLAGS, (byte) 0);
    buf.putShort(offset + FLAGS + 1, (short) 0);
    buf.putLong(offset + SEQ, seq);
  }
}

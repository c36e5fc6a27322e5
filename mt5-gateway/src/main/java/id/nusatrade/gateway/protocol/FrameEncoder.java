package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;

/** Writes a frame record at a little-endian buffer's position and advances it. */
public final class FrameEncoder {
  private FrameEncoder() {}

  public static int encode(Frame frame, ByteBuffer buf) {
    int at = buf.position();
    int length =
        switch (frame) {
          case Hello h -> hello(h, buf, at);
          case Welcome w -> welcome(w, buf, at);
          case Heartbeat h -> value(FrameType.HEARTBEAT, h.senderTimeMillis(), buf, at);
          case Ack a -> value(FrameType.ACK, a.ackSeq(), buf, at);
          case TickMessage t -> tick(t, buf, at);
          case OrderCommand o -> OrderCodec.encode(o, buf, at);
          case ExecutionReport e -> ExecutionReportCodec.encode(e, buf, at);
          case ProtocolError e -> error(e, buf, at);
        };
    buf.position(at + length);
    return length;
  }

  /** An ACK without building a record: the socket thread sends one per durable batch. */
  public static void ack(ByteBuffer buf, long ackSeq) {
    int at = buf.position();
    value(FrameType.ACK, ackSeq, buf, at);
    buf.position(at + HEARTBEAT_LENGTH);
  }

  private static int hello(Hello h, ByteBuffer b, int at) {
    clear(b, at, HELLO_LENGTH);
    FrameHeader.write(b, at, HELLO_LENGTH, FrameType.HELLO, 0);
    b.putShort(at + HELLO_VERSION, (short) h.version());
    b.putInt(at + HELLO_EA_BUILD, h.eaBuild());
    b.putLong(at + HELLO_ACCOUNT, h.account());
    b.putLong(at + HELLO_LAST_RECEIVED, h.lastReceivedSeq());
    Ascii.write(b, at + HELLO_TENANT, TENANT_WIDTH, h.tenant());
    Ascii.write(b, at + HELLO_API_KEY, API_KEY_WIDTH, h.apiKey());
    return HELLO_LENGTH;
  }

  private static int welcome(Welcome w, ByteBuffer b, int at) {
    clear(b, at, WELCOME_LENGTH);
    FrameHeader.write(b, at, WELCOME_LENGTH, FrameType.WELCOME, 0);
    b.putShort(at + WELCOME_VERSION, (short) w.version());
    b.putInt(at + WELCOME_HEARTBEAT_MILLIS, w.heartbeatMillis());
    b.putInt(at + WELCOME_MAX_FRAME, w.maxFrameBytes());
    b.putLong(at + WELCOME_LAST_ACKED, w.lastAckedSeq());
    return WELCOME_LENGTH;
  }

  private static int value(int type, long value, ByteBuffer b, int at) {
    FrameHeader.write(b, at, HEARTBEAT_LENGTH, type, 0);
    b.putLong(at + HEARTBEAT_VALUE, value);
    return HEARTBEAT_LENGTH;
  }

  private static int tick(TickMessage t, ByteBuffer b, int at) {
    TickView.write(
        b,
        at,
        t.seq(),
        t.symbol(),
        t.timeMillis(),
        t.bid(),
        t.ask(),
        t.last(),
        t.volume(),
        t.flags());
    return TICK_LENGTH;
  }

  private static int error(ProtocolError e, ByteBuffer b, int at) {
    clear(b, at, ERROR_LENGTH);
    FrameHeader.write(b, at, ERROR_LENGTH, FrameType.PROTOCOL_ERROR, 0);
    b.putShort(at + ERROR_CODE, (short) e.code().code());
    b.putLong(at + ERROR_RELATED_SEQ, e.relatedSeq());
    Ascii.write(b, at + ERROR_MESSAGE, MESSAGE_WIDTH, Ascii.clean(e.message(), MESSAGE_WIDTH));
    return ERROR_LENGTH;
  }

  static void clear(ByteBuffer b, int at, int length) {
    for (int i = 0; i < length; i++) {
      b.put(at + i, (byte) 0);
    }
  }
}

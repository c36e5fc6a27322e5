package id.nusatrade.gateway.protocol;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import java.nio.ByteBuffer;

/**
 * Decodes one whole frame (already checked by {@link FrameHeader#complete}) into a record. Every
 * field is validated, so a record that comes out is well formed.
 */
public final class FrameDecoder {
  private FrameDecoder() {}

  /** Decodes the frame at the buffer's position, advancing past it. */
  public static Frame decode(ByteBuffer buf, int maxFrame) {
    int at = buf.position();
    int length = FrameHeader.complete(buf, at, buf.remaining(), maxFrame);
    if (length < 0) {
      throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "truncated frame");
    }
    Frame frame = decodeAt(buf, at, length);
    buf.position(at + length);
    return frame;
  }

  public static Frame decodeAt(ByteBuffer b, int at, int length) {
    return switch (FrameHeader.type(b, at)) {
      case FrameType.HELLO -> hello(b, at);
      case FrameType.WELCOME ->
          new Welcome(
              b.getShort(at + WELCOME_VERSION) & 0xFFFF,
              b.getInt(at + WELCOME_HEARTBEAT_MILLIS),
              b.getInt(at + WELCOME_MAX_FRAME),
              b.getLong(at + WELCOME_LAST_ACKED));
      case FrameType.HEARTBEAT -> new Heartbeat(b.getLong(at + HEARTBEAT_VALUE));
      case FrameType.ACK -> new Ack(b.getLong(at + HEARTBEAT_VALUE));
      case FrameType.TICK -> tick(b, at);
      case FrameType.ORDER -> OrderCodec.decode(b, at);
      case FrameType.EXECUTION_REPORT -> ExecutionReportCodec.decode(b, at, length);
      case FrameType.PROTOCOL_ERROR ->
          new ProtocolError(
              ErrorCode.of(b.getShort(at + ERROR_CODE) & 0xFFFF),
              b.getLong(at + ERROR_RELATED_SEQ),
              Ascii.read(b, at + ERROR_MESSAGE, MESSAGE_WIDTH, true));
      default ->
          throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "type " + FrameHeader.type(b, at));
    };
  }

  private static Hello hello(ByteBuffer b, int at) {
    return new Hello(
        b.getShort(at + HELLO_VERSION) & 0xFFFF,
        b.getInt(at + HELLO_EA_BUILD),
        Ascii.read(b, at + HELLO_TENANT, TENANT_WIDTH, false),
        b.getLong(at + HELLO_ACCOUNT),
        Ascii.read(b, at + HELLO_API_KEY, API_KEY_WIDTH, false),
        b.getLong(at + HELLO_LAST_RECEIVED));
  }

  private static TickMessage tick(ByteBuffer b, int at) {
    return new TickMessage(
        FrameHeader.seq(b, at),
        Ascii.read(b, at + TICK_SYMBOL, SYMBOL_WIDTH, false),
        TickView.time(b, at),
        TickView.bid(b, at),
        TickView.ask(b, at),
        TickView.last(b, at),
        TickView.volume(b, at),
        TickView.flags(b, at));
  }
}

package id.nusatrade.gateway.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCodecTest {
  static final int MAX = 64 * 1024;

  static Stream<Frame> frames() {
    return Stream.of(
        new Hello(1, 4410, "6f1c8a52-1d1e-4a53-9b7a-3f1f4f6c2a10", 12345678L, "k3y-abc", 17),
        new Welcome(1, 5000, MAX, 99),
        new Heartbeat(1_700_000_000_123L),
        new Ack(42),
        new TickMessage(7, "EURUSD.pro", 1_700_000_000_001L, 1.07251, 1.07262, 0, 3, 6),
        new OrderCommand(
            3,
            OrderAction.PLACE,
            Side.SELL,
            OrderType.LIMIT,
            20,
            0,
            "sig-9f3",
            "XAUUSD",
            0.25,
            2315.5,
            2330.0,
            2290.0),
        new ExecutionReport(
            8,
            ExecutionKind.FILL,
            Side.BUY,
            10009,
            555,
            1_700_000_000_500L,
            "sig-9f3",
            "XAUUSD",
            0.25,
            2315.4,
            -1.75,
            -0.4,
            List.of()),
        new ExecutionReport(
            10,
            ExecutionKind.CANCELLED,
            Side.SELL,
            10009,
            0,
            1_700_000_000_550L,
            "lim-1",
            "XAUUSD",
            0.25,
            0,
            List.of()),
        new ExecutionReport(
            9,
            ExecutionKind.POSITIONS,
            Side.NONE,
            0,
            0,
            1_700_000_000_600L,
            "",
            "",
            0,
            0,
            List.of(
                new Position(555, "XAUUSD", Side.BUY, 0.25, 2315.4, 2290, 2330, -12.5),
                new Position(556, "EURUSD", Side.SELL, 1.0, 1.0725, 0, 0, 3.2))),
        new ProtocolError(ErrorCode.SEQUENCE_GAP, 12, "expected_11_got_12"));
  }

  @ParameterizedTest
  @MethodSource("frames")
  void everyFrameSurvivesAnEncodeDecodeRoundTrip(Frame frame) {
    ByteBuffer buf = ByteBuffer.allocate(MAX).order(ByteOrder.LITTLE_ENDIAN);
    int n = FrameEncoder.encode(frame, buf);
    buf.flip();
    assertThat(buf.getInt(0)).isEqualTo(n);
    assertThat(FrameDecoder.decode(buf, MAX)).isEqualTo(frame);
    assertThat(buf.hasRemaining()).isFalse();
  }

  @Test
  void aVersionOneReportWithoutCommissionAndSwapIsStillRead() {
    ExecutionReport v2 =
        new ExecutionReport(
            3,
            ExecutionKind.FILL,
            Side.BUY,
            10009,
            7,
            1_000,
            "c-1",
            "EURUSD",
            0.5,
            1.1,
            -2,
            -1,
            List.of());
    ByteBuffer buf = ByteBuffer.allocate(MAX).order(ByteOrder.LITTLE_ENDIAN);
    FrameEncoder.encode(v2, buf);
    // the same frame as a version-1 EA writes it: 120 bytes, nothing after the price
    buf.putInt(0, 120);
    buf.flip();
    buf.limit(120);
    ExecutionReport read = (ExecutionReport) FrameDecoder.decode(buf, MAX);
    assertThat(read.price()).isEqualTo(1.1);
    assertThat(read.commission()).isZero();
    assertThat(read.swap()).isZero();
  }

  @Test
  void theTickLayoutIsTheDocumentedOne() {
    ByteBuffer buf = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
    FrameEncoder.encode(new TickMessage(258, "EURUSD", 1000, 1.5, 2.5, 0, 9, 6), buf);
    byte[] b = buf.array();
    // expected bytes written out by hand from the table in docs/mt5-protocol.md
    assertThat(b[0]).isEqualTo((byte) 96);
    assertThat(b[4]).isEqualTo((byte) 0x10);
    assertThat(b[8]).isEqualTo((byte) 2);
    assertThat(b[9]).isEqualTo((byte) 1);
    assertThat(b[16]).isEqualTo((byte) 6);
    assertThat(new String(b, 17, 6)).isEqualTo("EURUSD");
    assertThat(b[48]).isEqualTo((byte) 0xE8);
    assertThat(b[49]).isEqualTo((byte) 0x03);
    assertThat(Double.longBitsToDouble(buf.getLong(56))).isEqualTo(1.5);
    assertThat(b[80]).isEqualTo((byte) 9);
    assertThat(b[88]).isEqualTo((byte) 6);
  }

  @Test
  void oversizedUnknownAndMislengthedFramesAreRefusedFromTheHeaderAlone() {
    ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    buf.putInt(0, MAX + 1).put(4, (byte) FrameType.TICK);
    assertThatThrownBy(() -> FrameHeader.complete(buf, 0, 64, MAX))
        .hasFieldOrPropertyWithValue("code", ErrorCode.FRAME_TOO_LARGE);
    buf.putInt(0, 96).put(4, (byte) 0x55);
    assertThatThrownBy(() -> FrameHeader.complete(buf, 0, 64, MAX))
        .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_TYPE);
    buf.putInt(0, 95).put(4, (byte) FrameType.TICK);
    assertThatThrownBy(() -> FrameHeader.complete(buf, 0, 64, MAX))
        .hasFieldOrPropertyWithValue("code", ErrorCode.MALFORMED_FRAME);
    buf.putInt(0, 96);
    assertThat(FrameHeader.complete(buf, 0, 64, MAX)).isEqualTo(-1);
  }

  @Test
  void symbolsMustBePrintableAsciiOfAtMost31Characters() {
    ByteBuffer buf = ByteBuffer.allocate(96).order(ByteOrder.LITTLE_ENDIAN);
    FrameEncoder.encode(new TickMessage(1, "EURUSD", 1, 1, 1, 0, 0, 0), buf);
    buf.put(FrameLayout.TICK_SYMBOL + 2, (byte) ' ');
    assertThatThrownBy(() -> FrameDecoder.decodeAt(buf, 0, 96))
        .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_FIELD);
    buf.put(FrameLayout.TICK_SYMBOL, (byte) 32);
    assertThatThrownBy(() -> FrameDecoder.decodeAt(buf, 0, 96))
        .hasFieldOrPropertyWithValue("code", ErrorCode.BAD_FIELD);
  }
}

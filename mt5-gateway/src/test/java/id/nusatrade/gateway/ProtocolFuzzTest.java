package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.Frame;
import id.nusatrade.gateway.protocol.FrameDecoder;
import id.nusatrade.gateway.protocol.FrameEncoder;
import id.nusatrade.gateway.protocol.FrameHeader;
import id.nusatrade.gateway.protocol.Heartbeat;
import id.nusatrade.gateway.protocol.Hello;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.OrderType;
import id.nusatrade.gateway.protocol.Position;
import id.nusatrade.gateway.protocol.ProtocolError;
import id.nusatrade.gateway.protocol.ProtocolException;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.gateway.protocol.TickMessage;
import id.nusatrade.gateway.protocol.Welcome;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random, corrupted, truncated and oversized frames: first through the decoder directly (the same
 * code the socket thread runs), then over real sockets into a running gateway. Seeded, so a failure
 * reproduces.
 */
class ProtocolFuzzTest {
  static final int MAX = 64 * 1024;
  static final TenantId TENANT = TenantId.of("0b3c6a1e-8a4e-4c8b-9a51-1f0d2c3b4a59");
  static final String TENANT_TEXT = TENANT.toString();

  @Test
  void aMillionMalformedFramesOnlyEverRaiseProtocolErrors() {
    Random rnd = new Random(20240501);
    ByteBuffer buf = ByteBuffer.allocate(2 * MAX).order(ByteOrder.LITTLE_ENDIAN);
    long refused = 0;
    long incomplete = 0;
    for (int i = 0; i < 1_000_000; i++) {
      int available = BadFrames.write(rnd, buf);
      try {
        int len = FrameHeader.complete(buf, 0, available, MAX);
        if (len < 0) {
          incomplete++;
        } else {
          FrameDecoder.decodeAt(buf, 0, len);
        }
      } catch (ProtocolException e) {
        refused++;
      }
    }
    assertThat(refused).isGreaterThan(500_000);
    assertThat(incomplete).isGreaterThan(50_000);
  }

  @Test
  void aGatewayFedBadFramesOverSocketsAnswersOrClosesAndStaysHealthyAndBounded() throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 9, "fuzz");
    try (Gateway gw = new Gateway(GatewayPorts.of(directory)).start(GatewayConfig.defaults())) {
      Random rnd = new Random(99);
      ByteBuffer buf = ByteBuffer.allocate(2 * MAX).order(ByteOrder.LITTLE_ENDIAN);
      int errors = 0;
      int connections = 6000;
      for (int i = 0; i < connections; i++) {
        errors += oneBadConnection(gw.port(), rnd, buf, i % 2 == 0) ? 1 : 0;
      }
      assertThat(errors).isGreaterThan(connections / 2);
      assertThat(gw.stats().protocolErrors()).isGreaterThanOrEqualTo(errors);
      stillServesAGoodTerminal(gw);
      System.gc();
      long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      assertThat(used).isLessThan(256L << 20);
    }
  }

  /** True when a PROTOCOL_ERROR came back; either way the gateway must close the connection. */
  private static boolean oneBadConnection(int port, Random rnd, ByteBuffer buf, boolean hello)
      throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      if (hello) {
        buf.clear();
        int n = FrameEncoder.encode(new Hello(1, 1, TENANT_TEXT, 9, "fuzz", 0), buf);
        out.write(buf.array(), 0, n);
      }
      int n = BadFrames.write(rnd, buf);
      out.write(buf.array(), 0, n);
      s.shutdownOutput(); // a truncated frame would otherwise wait for more bytes
      byte[] all = in.readAllBytes(); // returns only when the gateway closed the connection
      return containsError(all);
    }
  }

  private static boolean containsError(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    while (b.remaining() >= 8) {
      Frame f = FrameDecoder.decode(b, MAX); // what the gateway sends must always be well formed
      if (f instanceof ProtocolError e) {
        assertThat(e.code()).isNotNull();
        return true;
      }
    }
    return false;
  }

  private static void stillServesAGoodTerminal(Gateway gw) throws Exception {
    try (SimulatedExpertAdvisor ea =
        new SimulatedExpertAdvisor(EaSettings.of("127.0.0.1", gw.port(), TENANT_TEXT, 9, "fuzz"))
            .start()) {
      long seq = 0;
      for (int i = 0; i < 100; i++) {
        seq = ea.sendTick("EURUSD", 1_700_000_000_000L + i, 1.1, 1.1001, 0, 1, 0);
      }
      assertThat(ea.awaitAcked(seq, Duration.ofSeconds(20))).isTrue();
    }
  }

  /** Generators of bad (and occasionally good) frames, written at offset 0. */
  static final class BadFrames {
    static final List<Frame> GOOD =
        List.of(
            new Hello(1, 1, TENANT_TEXT, 9, "fuzz", 0),
            new Welcome(1, 5000, MAX, 3),
            new Heartbeat(5),
            new TickMessage(1, "EURUSD", 1, 1.1, 1.2, 0, 1, 0),
            new OrderCommand(
                1, OrderAction.CLOSE, Side.BUY, OrderType.MARKET, 0, 4, "c", "EURUSD", 1, 0, 0, 0),
            new ExecutionReport(
                1,
                ExecutionKind.POSITIONS,
                Side.NONE,
                0,
                0,
                0,
                "",
                "",
                0,
                0,
                List.of(new Position(1, "EURUSD", Side.BUY, 1, 1, 0, 0, 0))),
            new ProtocolError(ErrorCode.BAD_FIELD, 0, "x"));

    static int write(Random rnd, ByteBuffer buf) {
      buf.clear();
      int n = FrameEncoder.encode(GOOD.get(rnd.nextInt(GOOD.size())), buf);
      switch (rnd.nextInt(6)) {
        case 0 -> flip(rnd, buf, n, 1 + rnd.nextInt(4));
        case 1 -> buf.putInt(0, rnd.nextBoolean() ? rnd.nextInt() : MAX + 1 + rnd.nextInt(1 << 20));
        case 2 -> n = Math.max(0, n - 1 - rnd.nextInt(n));
        case 3 -> {
          n = rnd.nextInt(512);
          for (int i = 0; i < n; i++) {
            buf.put(i, (byte) rnd.nextInt());
          }
        }
        case 4 -> buf.put(4, (byte) rnd.nextInt());
        default -> flip(rnd, buf, n, 16 + rnd.nextInt(16)); // corrupt the body, keep framing
      }
      return n;
    }

    private static void flip(Random rnd, ByteBuffer buf, int n, int count) {
      for (int i = 0; i < count; i++) {
        int at = count >= 16 ? 16 + rnd.nextInt(Math.max(1, n - 16)) : rnd.nextInt(n);
        buf.put(at, (byte) rnd.nextInt());
      }
    }
  }
}

package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.Frame;
import id.nusatrade.gateway.protocol.FrameEncoder;
import id.nusatrade.gateway.protocol.Hello;
import id.nusatrade.gateway.protocol.TickMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted gateway on a free loopback port: each connection runs the script with a {@link Peer}
 * (HELLO already read), so a test can answer exactly as a real gateway would in the case it proves
 * (a refusal, a WELCOME with its own heartbeat, a lost journal). Records every TICK it reads.
 */
final class FakeGateway implements AutoCloseable {
  interface Script {
    void run(Peer peer, int connection) throws IOException;
  }

  private final ServerSocket server;
  private final Script script;
  private final AtomicInteger connections = new AtomicInteger();
  final List<TickMessage> ticks = new CopyOnWriteArrayList<>();
  final List<Frame> received = new CopyOnWriteArrayList<>();

  FakeGateway(Script script) throws IOException {
    this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    this.script = script;
    Thread t = new Thread(this::accept, "fake-gateway");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        int n = connections.incrementAndGet();
        s.setSoTimeout(50);
        Peer p = new Peer(s);
        p.hello = (Hello) p.next(5_000);
        script.run(p, n);
      } catch (IOException | RuntimeException e) {
        // the EA hung up, or the test closed us
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  final class Peer {
    private final FrameInput in;
    private final OutputStream out;
    Hello hello;

    Peer(Socket s) throws IOException {
      this.in = new FrameInput(s.getInputStream(), 1 << 16);
      this.out = s.getOutputStream();
    }

    void send(Frame f) throws IOException {
      ByteBuffer b = ByteBuffer.allocate(1 << 12).order(ByteOrder.LITTLE_ENDIAN);
      int n = FrameEncoder.encode(f, b);
      out.write(b.array(), 0, n);
      out.flush();
    }

    /** The next frame, or null when none came within {@code millis}; records ticks. */
    Frame next(long millis) throws IOException {
      long deadline = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < deadline) {
        Frame f = in.next();
        if (f != null) {
          received.add(f);
          if (f instanceof TickMessage t) {
            ticks.add(t);
          }
          return f;
        }
      }
      return null;
    }

    /** Reads until the EA hangs up or {@code millis} pass. */
    void drain(long millis) throws IOException {
      long deadline = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < deadline) {
        next(deadline / 1_000_000 - System.nanoTime() / 1_000_000 + 1);
      }
    }
  }
}

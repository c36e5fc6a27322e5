package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.Ack;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.Frame;
import id.nusatrade.gateway.protocol.FrameEncoder;
import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.Heartbeat;
import id.nusatrade.gateway.protocol.Hello;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.ProtocolError;
import id.nusatrade.gateway.protocol.TickView;
import id.nusatrade.gateway.protocol.Welcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A terminal with our EA attached. The caller's thread is MT5's OnTick ({@link #sendTick}); a
 * session thread plays OnTimer: connect, HELLO, resend after WELCOME, read ACKs and ORDERs,
 * heartbeat, reconnect with exponential backoff. Sending waits while the unacked ring is full.
 */
public final class SimulatedExpertAdvisor implements AutoCloseable {
  private final EaSettings settings;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final UnackedRing ring;
  private final OrderDesk desk;
  private final Thread session;
  private volatile boolean running = true;
  private volatile boolean connected;
  private volatile long ackedSeq;
  private volatile String lastError = "";
  private volatile int connects;
  private volatile long lastOrderSeq;
  private long framesResent;
  private Socket socket;
  private OutputStream out;
  private long lastSentNanos;

  public SimulatedExpertAdvisor(EaSettings settings) {
    this.settings = settings;
    this.ring = new UnackedRing(settings.unackedCapacity());
    this.desk = new OrderDesk(settings.safety());
    this.session = new Thread(this::sessionLoop, "sim-ea-" + settings.account());
    session.setDaemon(true);
  }

  public SimulatedExpertAdvisor start() {
    session.start();
    return this;
  }

  /** Sends one tick (OnTick); returns its sequence. Blocks while the unacked ring is full. */
  public long sendTick(
      String symbol, long time, double bid, double ask, double last, long volume, int flags)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (ring.full() && running) {
        changed.await(100, TimeUnit.MILLISECONDS);
      }
      ByteBuffer b = ring.claim(FrameLayout.TICK_LENGTH);
      TickView.write(b, 0, ring.next(), symbol, time, bid, ask, last, volume, flags);
      desk.lastPrice(symbol, bid, ask);
      long seq = ring.commit(FrameLayout.TICK_LENGTH);
      write(ring.frame(seq), ring.length(seq));
      return seq;
    } finally {
      lock.unlock();
    }
  }

  /** Pushes buffered frames to the socket (the MQL5 EA sends each frame at once). */
  public void flush() {
    lock.lock();
    try {
      if (connected) {
        out.flush();
      }
    } catch (IOException e) {
      dropConnection(e);
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the gateway acknowledged {@code seq}; false on timeout. */
  public boolean awaitAcked(long seq, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    flush();
    lock.lock();
    try {
      while (ackedSeq < seq) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(Math.min(left, 50_000_000L));
        if (connected) {
          out.flush();
        }
      }
      return true;
    } catch (IOException e) {
      dropConnection(e);
      return ackedSeq >= seq;
    } finally {
      lock.unlock();
    }
  }

  public long ackedSeq() {
    return ackedSeq;
  }

  public long lastSeq() {
    return ring.next() - 1;
  }

  public boolean connected() {
    return connected;
  }

  public int connects() {
    return connects;
  }

  public String lastError() {
    return lastError;
  }

  public OrderDesk orders() {
    return desk;
  }

  public long framesResent() {
    lock.lock();
    try {
      return framesResent;
    } finally {
      lock.unlock();
    }
  }

  private void sessionLoop() {
    long backoff = settings.initialBackoff().toMillis();
    while (running) {
      try {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(settings.host(), settings.port()), 2000);
        backoff = settings.initialBackoff().toMillis();
        serve(s);
      } catch (IOException | RuntimeException e) {
        lastError = e.toString();
      }
      dropConnection(null);
      if (running) {
        sleepQuietly(backoff);
        backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
      }
    }
  }

  private void serve(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    s.setSoTimeout((int) Math.max(50, settings.heartbeat().toMillis() / 2));
    FrameInput in = new FrameInput(s.getInputStream(), 1 << 16);
    OutputStream raw = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
    writeFrame(
        raw,
        new Hello(
            FrameLayout.PROTOCOL_VERSION,
            1,
            settings.tenant(),
            settings.account(),
            settings.apiKey(),
            lastOrderSeq));
    raw.flush();
    Frame first = awaitFirst(in);
    if (!(first instanceof Welcome w)) {
      throw new IOException("handshake refused: " + first);
    }
    resume(s, raw, w.lastAckedSeq());
    long lastHeard = System.nanoTime();
    while (running) {
      Frame f = in.next();
      long now = System.nanoTime();
      if (f == null) {
        if (now - lastHeard > 3 * settings.heartbeat().toNanos()) {
          throw new IOException("gateway silent for three heartbeats");
        }
        heartbeatIfIdle(now);
        continue;
      }
      lastHeard = now;
      handle(f);
    }
  }

  private Frame awaitFirst(FrameInput in) throws IOException {
    long deadline = System.nanoTime() + 3 * settings.heartbeat().toNanos();
    while (System.nanoTime() < deadline) {
      Frame f = in.next();
      if (f instanceof ProtocolError e) {
        throw new IOException("gateway error " + e.code() + ": " + e.message());
      }
      if (f != null) {
        return f;
      }
    }
    throw new IOException("no WELCOME");
  }

  /** After WELCOME: forget what the gateway already has, resend the rest in order. */
  private void resume(Socket s, OutputStream raw, long gatewayAcked) throws IOException {
    lock.lock();
    try {
      if (connects == 0 && gatewayAcked >= ring.first()) {
        // a new EA for a terminal that sent before (a restart, another replay): continue after
        // what the gateway holds, or it drops our 1, 2, 3... as resends
        ring.renumberFrom(gatewayAcked + 1);
        ackedSeq = gatewayAcked;
      } else {
        onAck(gatewayAcked);
      }
      for (long seq = ring.first(); seq < ring.next(); seq++) {
        raw.write(ring.frame(seq), 0, ring.length(seq));
      }
      if (connects > 0) { // frames queued before the first WELCOME are sent, not resent
        framesResent += ring.next() - ring.first();
      }
      raw.flush();
      socket = s;
      out = raw;
      connected = true;
      connects++;
      lastSentNanos = System.nanoTime();
    } finally {
      lock.unlock();
    }
  }

  private void handle(Frame f) throws IOException {
    switch (f) {
      case Ack a -> {
        lock.lock();
        try {
          onAck(a.ackSeq());
        } finally {
          lock.unlock();
        }
      }
      case OrderCommand o -> onOrder(o);
      case ProtocolError e ->
          throw new IOException("gateway error " + e.code() + ": " + e.message());
      default -> {} // heartbeats only prove liveness
    }
  }

  private void onOrder(OrderCommand o) throws IOException {
    ExecutionReport report = o.seq() > lastOrderSeq ? desk.execute(o) : null;
    lastOrderSeq = Math.max(lastOrderSeq, o.seq());
    lock.lock();
    try {
      if (report != null && !ring.full()) {
        ByteBuffer b = ring.claim(report.length());
        ExecutionReport withSeq = desk.withSeq(report, ring.next());
        FrameEncoder.encode(withSeq, b);
        long seq = ring.commit(withSeq.length());
        write(ring.frame(seq), ring.length(seq));
      }
      writeFrame(out, new Ack(lastOrderSeq));
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  private void onAck(long seq) {
    if (seq > ackedSeq) {
      ackedSeq = seq;
      ring.release(seq);
      changed.signalAll();
    }
  }

  private void heartbeatIfIdle(long now) throws IOException {
    lock.lock();
    try {
      if (connected && now - lastSentNanos > settings.heartbeat().toNanos() / 2) {
        writeFrame(out, new Heartbeat(System.currentTimeMillis()));
        out.flush();
      }
    } finally {
      lock.unlock();
    }
  }

  private void write(byte[] frame, int length) {
    if (!connected) {
      return; // kept in the ring; resent after the next WELCOME
    }
    try {
      out.write(frame, 0, length);
      lastSentNanos = System.nanoTime();
    } catch (IOException e) {
      dropConnection(e);
    }
  }

  private void writeFrame(OutputStream o, Frame f) throws IOException {
    ByteBuffer b =
        ByteBuffer.allocate(FrameLayout.HELLO_LENGTH + 16).order(ByteOrder.LITTLE_ENDIAN);
    int n = FrameEncoder.encode(f, b);
    o.write(b.array(), 0, n);
    lastSentNanos = System.nanoTime();
  }

  private void dropConnection(Exception cause) {
    lock.lock();
    try {
      if (cause != null) {
        lastError = cause.toString();
      }
      connected = false;
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // already broken
        }
        socket = null;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    dropConnection(null);
    session.interrupt();
    try {
      session.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

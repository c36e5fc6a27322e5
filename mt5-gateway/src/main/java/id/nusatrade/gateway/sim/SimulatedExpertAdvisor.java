package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.Ack;
import id.nusatrade.gateway.protocol.Ascii;
import id.nusatrade.gateway.protocol.ErrorCode;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A terminal with our EA attached. The caller's thread is MT5's OnTick ({@link #sendTick}, or
 * {@link TickPump} over CopyTicks answers); a session thread plays OnTimer: connect, HELLO, resend
 * after WELCOME, read ACKs and ORDERs, heartbeat at WELCOME's interval, reconnect with exponential
 * backoff, and react to each PROTOCOL_ERROR as {@link ErrorCode#eaReaction()} says. Sending waits
 * while the unacked ring is full. docs/mt5-protocol.md has the table of what this class and the
 * MQL5 EA each do.
 */
public final class SimulatedExpertAdvisor implements AutoCloseable {
  /** With {@link EaSettings#positionsOnConnect()}: a POSITIONS snapshot this often, too. */
  static final long SNAPSHOT_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

  /** Frame limit until WELCOME states the gateway's. */
  static final int DEFAULT_MAX_FRAME = 1 << 16;

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
  private volatile long heartbeatNanos;
  private volatile int maxFrame = DEFAULT_MAX_FRAME;
  private volatile String stopReason = "";
  private volatile boolean refused; // AUTH_FAILED / TERMINAL_DISABLED until the next WELCOME
  private final Set<String> muted = ConcurrentHashMap.newKeySet();
  private long backoffMillis;
  private volatile long reconnectWaitMillis;
  private long framesResent;
  private Socket socket;
  private OutputStream out;
  private long lastSentNanos;

  public SimulatedExpertAdvisor(EaSettings settings) {
    // what the gateway would refuse for good (BAD_FIELD in HELLO) is refused here, at once
    if (!Ascii.valid(settings.tenant(), FrameLayout.TENANT_WIDTH, false)
        || !Ascii.valid(settings.apiKey(), FrameLayout.API_KEY_WIDTH, false)) {
      throw new IllegalArgumentException(
          "tenant and API key must be 1-39 and 1-63 printable ASCII characters");
    }
    this.settings = settings;
    this.heartbeatNanos = settings.heartbeat().toNanos();
    this.ring = new UnackedRing(settings.unackedCapacity());
    this.desk = new OrderDesk(settings.safety());
    this.session = new Thread(this::sessionLoop, "sim-ea-" + settings.account());
    session.setDaemon(true);
  }

  public SimulatedExpertAdvisor start() {
    session.start();
    return this;
  }

  /**
   * Sends one tick (OnTick); returns its sequence, or -1 for a symbol the gateway refused (see
   * {@link #mutedSymbols()}). Blocks while the unacked ring is full.
   *
   * @throws IllegalArgumentException for a symbol that is not 1-31 printable ASCII characters
   * @throws IllegalStateException when the EA stopped with a full ring
   */
  public long sendTick(
      String symbol, long time, double bid, double ask, double last, long volume, int flags)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      if (muted.contains(symbol)) {
        return -1;
      }
      while (ring.full() && running) {
        changed.await(100, TimeUnit.MILLISECONDS);
      }
      if (ring.full()) {
        throw new IllegalStateException("EA stopped with a full unacked ring: " + lastError);
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

  /**
   * Waits until the gateway acknowledged {@code seq} (or the last frame, if dropping a refused
   * symbol's ticks numbered the frames down); false on timeout, once the EA stopped, or while the
   * gateway refuses the terminal (AUTH_FAILED, TERMINAL_DISABLED).
   */
  public boolean awaitAcked(long seq, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    flush();
    lock.lock();
    try {
      while (ackedSeq < Math.min(seq, ring.next() - 1)) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !stopReason.isEmpty() || refused) {
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

  /** Why the EA stopped for good (UNSUPPORTED_VERSION, SUPERSEDED), or empty while it runs. */
  public String stopReason() {
    return stopReason;
  }

  /** Symbols the gateway refused (BAD_FIELD, TOO_MANY_SYMBOLS on one of their ticks). */
  public Set<String> mutedSymbols() {
    return Set.copyOf(muted);
  }

  /** How long the EA waits before its next connection attempt; zero while it is not waiting. */
  public Duration reconnectWait() {
    return Duration.ofMillis(reconnectWaitMillis);
  }

  /** The heartbeat interval in use: the gateway's from WELCOME, else the setting. */
  public Duration heartbeat() {
    return Duration.ofNanos(heartbeatNanos);
  }

  /** The frame limit in use: the gateway's from WELCOME, else 64 KiB. */
  public int maxFrameBytes() {
    return maxFrame;
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
    backoffMillis = settings.initialBackoff().toMillis();
    while (running) {
      long wait;
      try {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(settings.host(), settings.port()), 2000);
        serve(s);
        wait = 0;
      } catch (GatewayRefusal r) {
        lastError = r.getMessage();
        wait = afterRefusal(r.error());
      } catch (IOException | RuntimeException e) {
        lastError = e.toString();
        wait = nextBackoff();
      }
      dropConnection(null);
      if (running && wait > 0) {
        reconnectWaitMillis = wait;
        sleepQuietly(wait);
        reconnectWaitMillis = 0;
      }
    }
  }

  /** Exponential backoff; reset only by a connection that stayed up for a heartbeat interval. */
  private long nextBackoff() {
    long wait = backoffMillis;
    backoffMillis = Math.min(backoffMillis * 2, settings.maxBackoff().toMillis());
    return wait;
  }

  private long afterRefusal(ProtocolError e) {
    return switch (e.code().eaReaction()) {
      case STOP -> {
        stopReason = e.code() + ": " + e.message() + " (the EA stops; retrying cannot succeed)";
        running = false;
        yield 0;
      }
      case WAIT_LONG -> {
        refused = true; // awaitAcked (polling every 50 ms) gives up rather than time out
        yield settings.refusedRetry().toMillis();
      }
      case MUTE_SYMBOL -> {
        mute(e.relatedSeq());
        yield nextBackoff();
      }
      case RETRY -> nextBackoff();
    };
  }

  /** The gateway refused the symbol of our pending tick {@code seq}: stop streaming it. */
  private void mute(long seq) {
    lock.lock();
    try {
      if (ring.holdsTick(seq)) {
        String symbol = ring.symbolOf(seq);
        int dropped = ring.dropTicksLike(seq);
        muted.add(symbol);
        lastError =
            "symbol '"
                + symbol
                + "' refused, no longer streamed; "
                + dropped
                + " ticks dropped ("
                + lastError
                + ")";
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private void serve(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    s.setSoTimeout(readTimeout(settings.heartbeat().toNanos()));
    FrameInput in = new FrameInput(s.getInputStream(), DEFAULT_MAX_FRAME);
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
    Welcome w = awaitWelcome(in);
    heartbeatNanos =
        w.heartbeatMillis() > 0 ? w.heartbeatMillis() * 1_000_000L : settings.heartbeat().toNanos();
    maxFrame = w.maxFrameBytes() > 0 ? w.maxFrameBytes() : DEFAULT_MAX_FRAME;
    in.limit(maxFrame);
    s.setSoTimeout(readTimeout(heartbeatNanos));
    resume(s, raw, w.lastAckedSeq());
    long lastSnapshot = System.nanoTime();
    if (settings.positionsOnConnect()) {
      sendPositions(); // every (re)connect: the platform reconciles its positions with these
    }
    long welcomed = System.nanoTime();
    long lastHeard = welcomed;
    boolean healthy = false;
    while (running) {
      Frame f = in.next();
      long now = System.nanoTime();
      if (settings.positionsOnConnect() && now - lastSnapshot > SNAPSHOT_EVERY_NANOS) {
        lastSnapshot = now;
        sendPositions(); // and periodically
      }
      if (!healthy && now - welcomed >= heartbeatNanos) {
        healthy = true;
        backoffMillis = settings.initialBackoff().toMillis();
      }
      if (f == null) {
        if (now - lastHeard > 3 * heartbeatNanos) {
          throw new IOException("gateway silent for three heartbeats");
        }
        heartbeatIfIdle(now);
        continue;
      }
      lastHeard = now;
      handle(f);
    }
  }

  private static int readTimeout(long heartbeat) {
    return (int) Math.max(50, heartbeat / 2_000_000);
  }

  private Welcome awaitWelcome(FrameInput in) throws IOException {
    long deadline = System.nanoTime() + 3 * settings.heartbeat().toNanos();
    while (System.nanoTime() < deadline) {
      Frame f = in.next();
      if (f instanceof ProtocolError e) {
        throw new GatewayRefusal(e);
      }
      if (f instanceof Welcome w) {
        return w;
      }
      if (f != null) {
        throw new IOException("handshake: expected WELCOME, got " + f);
      }
    }
    throw new IOException("no WELCOME");
  }

  /** After WELCOME: forget what the gateway already has, resend the rest in order. */
  private void resume(Socket s, OutputStream raw, long gatewayAcked) throws IOException {
    lock.lock();
    try {
      // a new EA for a terminal that sent before (a restart, another replay): continue after
      // what the gateway holds, or it drops our 1, 2, 3... as resends; a gateway that lost its
      // journal holds less than it acknowledged: continue after that, or it sees a gap forever
      if ((connects == 0 && gatewayAcked >= ring.first()) || gatewayAcked < ring.first() - 1) {
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
      refused = false;
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
      case ProtocolError e -> throw new GatewayRefusal(e);
      default -> {} // heartbeats only prove liveness
    }
  }

  private void onOrder(OrderCommand o) throws IOException {
    ExecutionReport report = o.seq() > lastOrderSeq ? desk.execute(o) : null;
    lastOrderSeq = Math.max(lastOrderSeq, o.seq());
    lock.lock();
    try {
      if (report != null && report.length() > maxFrame) {
        // the gateway would refuse it (FRAME_TOO_LARGE) on every resend: say so, keep the rest
        lastError = "execution report of " + report.length() + " bytes over the frame limit";
      } else if (report != null) {
        queueReport(report);
      }
      writeFrame(out, new Ack(lastOrderSeq));
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  /** Numbers a report in the ring and writes it (lock held); false when the ring is full. */
  private boolean queueReport(ExecutionReport report) {
    if (ring.full()) {
      return false;
    }
    ByteBuffer b = ring.claim(report.length());
    ExecutionReport withSeq = desk.withSeq(report, ring.next());
    FrameEncoder.encode(withSeq, b);
    long seq = ring.commit(withSeq.length());
    write(ring.frame(seq), ring.length(seq));
    return true;
  }

  /**
   * Sends a POSITIONS snapshot of the desk's open positions (after every WELCOME, and whenever
   * called: the periodic reconciliation). Returns its sequence, or -1 when the ring is full or the
   * snapshot is over the frame limit (the next one will tell).
   */
  public long sendPositions() {
    ExecutionReport snapshot = desk.snapshot();
    lock.lock();
    try {
      if (snapshot.length() > maxFrame) {
        lastError = "positions snapshot of " + snapshot.length() + " bytes over the frame limit";
        return -1;
      }
      if (!queueReport(snapshot)) {
        return -1;
      }
      if (out != null && connected) {
        try {
          out.flush();
        } catch (IOException e) {
          dropConnection(e);
        }
      }
      return ring.next() - 1;
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
      if (connected && now - lastSentNanos > heartbeatNanos / 2) {
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

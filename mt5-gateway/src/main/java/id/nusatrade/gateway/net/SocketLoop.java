package id.nusatrade.gateway.net;

import com.lmax.disruptor.RingBuffer;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.TickSlot;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.FrameHeader;
import id.nusatrade.gateway.protocol.Heartbeat;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.ProtocolError;
import id.nusatrade.gateway.protocol.ProtocolException;
import id.nusatrade.gateway.terminal.Authenticator;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.ObjLongConsumer;

/**
 * The selector thread: accept, read, frame, dispatch, acknowledge, heartbeat. Everything that
 * touches a connection runs here; other threads hand work in through {@link #execute}.
 */
public final class SocketLoop implements Runnable {
  private final GatewayConfig config;
  private final Selector selector;
  private final ServerSocketChannel server;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  final List<Connection> connections = new ArrayList<>();
  final GatewayStats stats = new GatewayStats();
  final long heartbeatNanos;
  private InboundFrames inbound;
  private volatile boolean running = true;
  volatile BooleanSupplier journalFailing = () -> false;
  volatile ObjLongConsumer<TerminalKey> ordersAcked = (terminal, seq) -> {};
  private long lastHousekeeping;
  int pausedCount;

  public SocketLoop(GatewayConfig config) throws IOException {
    this.config = config;
    this.heartbeatNanos = config.heartbeat().toNanos();
    this.selector = Selector.open();
    this.server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(config.host(), config.port()), 256);
    server.configureBlocking(false);
    server.register(selector, SelectionKey.OP_ACCEPT);
  }

  public void attach(RingBuffer<TickSlot> ring, StreamRegistry registry, Authenticator auth) {
    this.inbound = new InboundFrames(this, config, new RingWriter(ring, registry), registry, auth);
  }

  /**
   * While {@code failing} answers true (the journal cannot fsync), open connections are closed and
   * new ones refused with {@code JOURNAL_UNAVAILABLE}: nothing can be acknowledged, and the EA
   * keeps its unacknowledged frames for the reconnect.
   */
  public void refuseTerminalsWhile(BooleanSupplier failing) {
    this.journalFailing = failing;
  }

  /** Told (on the socket thread) when a terminal acknowledged ORDER frames up to a sequence. */
  public void onOrdersAcked(ObjLongConsumer<TerminalKey> listener) {
    this.ordersAcked = listener;
  }

  public int port() {
    return server.socket().getLocalPort();
  }

  public GatewayStats stats() {
    return stats;
  }

  public void wakeup() {
    selector.wakeup();
  }

  /** Runs a task on the socket thread. */
  public void execute(Runnable task) {
    tasks.add(task);
    selector.wakeup();
  }

  /** Queues an ORDER already numbered (see {@code orders.SentOrders}) for the terminal. */
  public void sendOrder(TerminalKey key, OrderCommand command) {
    execute(() -> inbound.sendOrder(key, command));
  }

  public void stop() {
    running = false;
    selector.wakeup();
  }

  @Override
  public void run() {
    try {
      while (running) {
        selector.select(pausedCount > 0 ? 1 : Math.max(1, config.heartbeat().toMillis() / 4));
        for (SelectionKey key : selector.selectedKeys()) {
          handle(key);
        }
        selector.selectedKeys().clear();
        for (Runnable task; (task = tasks.poll()) != null; ) {
          task.run();
        }
        inbound.resumePaused();
        inbound.sendAcks(System.nanoTime());
        housekeeping();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      shutdown();
    }
  }

  private void handle(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    if (key.isAcceptable()) {
      accept();
      return;
    }
    Connection c = (Connection) key.attachment();
    if (key.isWritable()) {
      c.flush();
    }
    if (key.isValid() && key.isReadable()) {
      read(c);
    }
  }

  private void accept() {
    try {
      SocketChannel ch = server.accept();
      if (ch == null) {
        return;
      }
      ch.configureBlocking(false);
      ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
      SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
      Connection c = new Connection(ch, key, config.maxFrameBytes(), System.nanoTime());
      key.attach(c);
      connections.add(c);
      stats.openConnections.lazySet(connections.size());
      GatewayStats.inc(stats.connectionsAccepted);
    } catch (IOException e) {
      // the peer went away between accept and register: nothing to clean up
    }
  }

  private void read(Connection c) {
    int n;
    try {
      n = c.channel.read(c.in);
    } catch (IOException e) {
      n = -1;
    }
    if (n < 0) {
      close(c);
      return;
    }
    c.lastInboundNanos = System.nanoTime();
    inbound.process(c);
  }

  void fail(Connection c, ErrorCode code, long seq, String message) {
    if (c.state == Connection.State.CLOSED) {
      return;
    }
    GatewayStats.inc(stats.protocolErrors);
    c.out.clear();
    c.queue(new ProtocolError(code, seq, message == null ? code.name() : message), 0);
    c.flush();
    close(c);
  }

  void close(Connection c) {
    if (c.state == Connection.State.CLOSED) {
      return;
    }
    c.state = Connection.State.CLOSED;
    if (c.paused) {
      pausedCount--;
    }
    c.key.cancel();
    try {
      c.channel.close();
    } catch (IOException e) {
      // closing a broken socket: nothing left to do
    }
    connections.remove(c);
    stats.openConnections.lazySet(connections.size());
    inbound.closed(c);
  }

  private void housekeeping() {
    long now = System.nanoTime();
    if (now - lastHousekeeping < heartbeatNanos / 4) {
      return;
    }
    lastHousekeeping = now;
    boolean refuse = journalFailing.getAsBoolean();
    for (int i = connections.size() - 1; i >= 0; i--) {
      Connection c = connections.get(i);
      if (refuse && c.state == Connection.State.OPEN) {
        fail(c, ErrorCode.JOURNAL_UNAVAILABLE, 0, "the journal cannot write to disk");
      } else if (now - c.lastInboundNanos > 3 * heartbeatNanos) {
        fail(c, ErrorCode.HEARTBEAT_TIMEOUT, 0, "no frame for three heartbeat intervals");
      } else if (c.state == Connection.State.OPEN && now - c.lastOutboundNanos > heartbeatNanos) {
        c.queue(new Heartbeat(System.currentTimeMillis()), now);
        c.flush();
      }
    }
  }

  private void shutdown() {
    if (inbound != null) {
      inbound.shutdown();
    }
    for (Connection c : List.copyOf(connections)) {
      fail(c, ErrorCode.SHUTTING_DOWN, 0, "gateway stopping");
    }
    try {
      server.close();
      selector.close();
    } catch (IOException e) {
      // stopping anyway
    }
  }

  static long seqOf(Connection c) {
    return c.in.position() - c.readPos >= 16 ? FrameHeader.seq(c.in, c.readPos) : 0;
  }

  static ProtocolException gap(long expected, long got) {
    return new ProtocolException(ErrorCode.SEQUENCE_GAP, "expected " + expected + " got " + got);
  }
}

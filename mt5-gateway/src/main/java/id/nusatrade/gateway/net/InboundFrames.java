package id.nusatrade.gateway.net;

import static id.nusatrade.gateway.net.Connection.State.*;

import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.FrameDecoder;
import id.nusatrade.gateway.protocol.FrameEncoder;
import id.nusatrade.gateway.protocol.FrameHeader;
import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.FrameType;
import id.nusatrade.gateway.protocol.Hello;
import id.nusatrade.gateway.protocol.OrderAction;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.protocol.ProtocolException;
import id.nusatrade.gateway.terminal.Authenticator;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What each inbound frame does to a connection: handshake, sequence checks (resent duplicates
 * dropped, gaps refused), ticks into the ring, ACKs out. Socket thread only.
 */
final class InboundFrames {
  private final SocketLoop loop;
  private final GatewayConfig config;
  private final RingWriter ring;
  private final StreamRegistry registry;
  private final Authenticator auth;
  private final Map<Terminal, Connection> byTerminal = new HashMap<>();
  private final ExecutorService authThread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "gateway-auth");
            t.setDaemon(true);
            return t;
          });

  InboundFrames(
      SocketLoop loop,
      GatewayConfig config,
      RingWriter ring,
      StreamRegistry registry,
      Authenticator auth) {
    this.loop = loop;
    this.config = config;
    this.ring = ring;
    this.registry = registry;
    this.auth = auth;
  }

  void process(Connection c) {
    try {
      while (c.state == OPEN || c.state == AWAIT_HELLO) {
        int len =
            FrameHeader.complete(
                c.in, c.readPos, c.in.position() - c.readPos, config.maxFrameBytes());
        if (len < 0 || !dispatch(c, c.readPos, len)) {
          break;
        }
        c.readPos += len;
      }
    } catch (ProtocolException e) {
      loop.fail(c, e.code(), SocketLoop.seqOf(c), e.getMessage());
    } catch (RuntimeException e) {
      loop.fail(c, ErrorCode.MALFORMED_FRAME, SocketLoop.seqOf(c), e.getClass().getSimpleName());
    }
    if (c.state != CLOSED) {
      c.compactInput();
    }
  }

  private boolean dispatch(Connection c, int at, int len) {
    int type = FrameHeader.type(c.in, at);
    if (c.state == AWAIT_HELLO) {
      if (type != FrameType.HELLO) {
        throw new ProtocolException(ErrorCode.NOT_AUTHENTICATED, "HELLO first");
      }
      hello(c, (Hello) FrameDecoder.decodeAt(c.in, at, len));
      return true;
    }
    return switch (type) {
      case FrameType.TICK -> tick(c, at);
      case FrameType.EXECUTION_REPORT -> execution(c, at, len);
      case FrameType.HEARTBEAT -> true;
      case FrameType.ACK -> ordersAcked(c.terminal, c.in.getLong(at + FrameLayout.HEARTBEAT_VALUE));
      case FrameType.HELLO -> throw new ProtocolException(ErrorCode.ALREADY_AUTHENTICATED, "HELLO");
      case FrameType.PROTOCOL_ERROR -> peerError(c, at, len);
      default -> throw new ProtocolException(ErrorCode.WRONG_DIRECTION, "type " + type);
    };
  }

  private boolean tick(Connection c, int at) {
    Terminal t = c.terminal;
    long seq = FrameHeader.seq(c.in, at);
    if (seq <= t.lastSeenSeq()) {
      GatewayStats.inc(loop.stats.duplicatesDropped);
      return true;
    }
    if (seq != t.lastSeenSeq() + 1) {
      throw SocketLoop.gap(t.lastSeenSeq() + 1, seq);
    }
    if (!ring.tick(t, c.in, at, seq)) {
      pause(c);
      return false;
    }
    t.lastSeenSeq(seq);
    GatewayStats.inc(loop.stats.ticksReceived);
    return true;
  }

  private boolean execution(Connection c, int at, int len) {
    ExecutionReport r = (ExecutionReport) FrameDecoder.decodeAt(c.in, at, len);
    Terminal t = c.terminal;
    if (r.seq() <= t.lastSeenSeq()) {
      GatewayStats.inc(loop.stats.duplicatesDropped);
      return true;
    }
    if (r.seq() != t.lastSeenSeq() + 1) {
      throw SocketLoop.gap(t.lastSeenSeq() + 1, r.seq());
    }
    if (!ring.execution(t, r)) {
      pause(c);
      return false;
    }
    t.lastSeenSeq(r.seq());
    GatewayStats.inc(loop.stats.executionReports);
    return true;
  }

  private boolean peerError(Connection c, int at, int len) {
    FrameDecoder.decodeAt(c.in, at, len);
    loop.close(c);
    return false;
  }

  private void pause(Connection c) {
    c.paused = true;
    loop.pausedCount++;
    c.interest();
    GatewayStats.inc(loop.stats.backpressurePauses);
  }

  void resumePaused() {
    if (loop.pausedCount == 0) {
      return;
    }
    for (int i = loop.connections.size() - 1; i >= 0; i--) {
      Connection c = loop.connections.get(i);
      if (c.paused) {
        c.paused = false;
        loop.pausedCount--;
        process(c);
        if (c.state != CLOSED) {
          c.interest();
        }
      }
    }
  }

  void sendAcks(long now) {
    for (int i = loop.connections.size() - 1; i >= 0; i--) {
      Connection c = loop.connections.get(i);
      if (c.state == OPEN) {
        long durable = c.terminal.durableSeq();
        if (durable > c.lastAckSent && c.out.remaining() >= FrameLayout.HEARTBEAT_LENGTH) {
          FrameEncoder.ack(c.out, durable);
          c.lastAckSent = durable;
          c.lastOutboundNanos = now;
          c.flush();
        }
      }
    }
  }

  private void hello(Connection c, Hello hello) {
    c.state = AUTHENTICATING;
    c.interest();
    authThread.execute(
        () -> {
          Authenticator.Verdict v;
          try {
            v = auth.authenticate(hello);
          } catch (RuntimeException e) {
            v = new Authenticator.Verdict(null, ErrorCode.AUTH_FAILED, "directory unavailable");
          }
          Authenticator.Verdict verdict = v;
          loop.execute(() -> authenticated(c, hello, verdict));
        });
  }

  private void authenticated(Connection c, Hello hello, Authenticator.Verdict v) {
    if (c.state == CLOSED) {
      return;
    }
    if (v.accepted() && loop.journalFailing.getAsBoolean()) {
      loop.fail(c, ErrorCode.JOURNAL_UNAVAILABLE, 0, "the journal cannot write to disk");
      return;
    }
    Terminal t = v.accepted() ? registry.terminal(v.key()) : null;
    if (t == null) {
      GatewayStats.inc(loop.stats.authFailures);
      loop.fail(
          c,
          v.accepted() ? ErrorCode.AUTH_FAILED : v.error(),
          0,
          v.accepted() ? "terminal table full" : v.reason());
      return;
    }
    Connection old = byTerminal.put(t, c);
    if (old != null && old != c) {
      loop.fail(old, ErrorCode.SUPERSEDED, 0, "a newer connection took over this terminal");
    }
    c.terminal = t;
    c.version = hello.version();
    c.state = OPEN;
    c.lastAckSent = t.durableSeq();
    c.queue(
        new id.nusatrade.gateway.protocol.Welcome(
            c.version, // the EA's own version: it is spoken on this connection
            (int) config.heartbeat().toMillis(),
            config.maxFrameBytes(),
            c.lastAckSent),
        System.nanoTime());
    ordersAcked(t, hello.lastReceivedSeq());
    for (OrderCommand o : t.pendingOrders()) {
      queueOrder(c, o);
    }
    c.flush();
    c.interest();
    process(c);
  }

  /** Queues an ORDER numbered by the gateway's order log; written at once when connected. */
  void sendOrder(TerminalKey key, OrderCommand o) {
    Terminal t = registry.terminal(key);
    if (t == null) {
      return; // terminal table full: the order stays in the log and goes out after a restart
    }
    t.pendingOrders().addLast(o);
    Connection c = byTerminal.get(t);
    if (c != null && c.state == OPEN) {
      queueOrder(c, o);
      c.flush();
    }
  }

  /**
   * A version-1 EA does not know CANCEL (it would read it as a close of no position of ours and
   * report a REJECT under the order's client order id): it is not written to such a connection. The
   * EA's next cumulative ACK releases it; the order stays working at the broker.
   */
  private static void queueOrder(Connection c, OrderCommand o) {
    if (o.action() == OrderAction.CANCEL && c.version < 2) {
      return;
    }
    c.queue(o, System.nanoTime());
  }

  private boolean ordersAcked(Terminal t, long ackSeq) {
    boolean released = false;
    while (!t.pendingOrders().isEmpty() && t.pendingOrders().peekFirst().seq() <= ackSeq) {
      t.pendingOrders().pollFirst();
      released = true;
    }
    if (released) {
      loop.ordersAcked.accept(t.key(), ackSeq);
    }
    return true;
  }

  void closed(Connection c) {
    if (c.terminal != null) {
      byTerminal.remove(c.terminal, c);
    }
  }

  void shutdown() {
    authThread.shutdownNow();
  }
}

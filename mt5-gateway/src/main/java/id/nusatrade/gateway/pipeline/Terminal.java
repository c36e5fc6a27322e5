package id.nusatrade.gateway.pipeline;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.OrderCommand;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.stream.SymbolCache;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-terminal state that outlives connections. {@code lastSeenSeq} and the symbol cache belong to
 * the socket thread; {@code durableSeq} is written by the journal handler and read by the socket
 * thread to send ACKs.
 */
public final class Terminal {
  private final int index;
  private final TerminalKey key;
  private final AtomicLong durableSeq;
  private final SymbolCache symbols = new SymbolCache();
  private final Deque<OrderCommand> pendingOrders = new ArrayDeque<>();
  private long lastSeenSeq;

  Terminal(int index, TerminalKey key, long recoveredSeq) {
    this.index = index;
    this.key = key;
    this.durableSeq = new AtomicLong(recoveredSeq);
    this.lastSeenSeq = recoveredSeq;
  }

  public int index() {
    return index;
  }

  public TerminalKey key() {
    return key;
  }

  public TenantId tenant() {
    return key.tenant();
  }

  public long durableSeq() {
    return durableSeq.getAcquire();
  }

  /** Raises what this terminal is known to have sent (journal recovery, before serving). */
  void recovered(long seq) {
    if (seq > lastSeenSeq) {
      lastSeenSeq = seq;
      durableSeq.setRelease(seq);
    }
  }

  void markDurable(long seq) {
    durableSeq.setRelease(seq);
  }

  public long lastSeenSeq() {
    return lastSeenSeq;
  }

  public void lastSeenSeq(long seq) {
    lastSeenSeq = seq;
  }

  public SymbolCache symbols() {
    return symbols;
  }

  /** ORDER frames sent but not yet acknowledged by the EA, oldest first (socket thread only). */
  public Deque<OrderCommand> pendingOrders() {
    return pendingOrders;
  }
}

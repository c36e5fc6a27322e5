package id.nusatrade.gateway.pipeline;

import id.nusatrade.domain.market.FeedId;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.market.stream.Streams;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers terminals and, through the market core's stream model ({@link Streams}), streams (a
 * stream is one symbol of one terminal: brokers quote differently, so two terminals' EURUSD are two
 * streams). Written only by the socket thread; handlers read an entry only after the ring published
 * a slot that names it, which orders the reads after the writes. Capacities are fixed so handler
 * state can be preallocated.
 */
public final class StreamRegistry {
  private final Terminal[] terminals;
  private final Streams streams;
  private final Map<TerminalKey, Terminal> byKey = new HashMap<>();
  private final Map<TerminalKey, Long> recovered;
  private int terminalCount;

  public StreamRegistry(int maxTerminals, int maxStreams, Map<TerminalKey, Long> recoveredSeqs) {
    this.terminals = new Terminal[maxTerminals];
    this.streams = new Streams(maxStreams);
    this.recovered = Map.copyOf(recoveredSeqs);
  }

  /** The terminal for a key, created on first connection; null when the table is full. */
  public Terminal terminal(TerminalKey key) {
    Terminal t = byKey.get(key);
    if (t == null && terminalCount < terminals.length) {
      t = new Terminal(terminalCount, key, recovered.getOrDefault(key, 0L));
      terminals[terminalCount++] = t;
      byKey.put(key, t);
    }
    return t;
  }

  /**
   * Journal recovery, before the socket thread runs: the terminal of a key (created if new, null
   * when the table is full) with its sequence raised to {@code seq}.
   */
  public Terminal recover(TerminalKey key, long seq) {
    Terminal t = terminal(key);
    if (t != null) {
      t.recovered(seq);
    }
    return t;
  }

  /**
   * Journal recovery: a stream id for a terminal's symbol, registered in the terminal's symbol
   * cache so that frames naming it after the restart map to the same stream (and its rebuilt
   * state).
   */
  public int recoverStream(Terminal t, String symbol) {
    int stream = addStream(t.index(), symbol);
    if (stream >= 0) {
      t.symbols().put(symbol, stream);
    }
    return stream;
  }

  /** A new stream id, or -1 when {@code maxStreams} is reached. */
  public int addStream(int terminal, String symbol) {
    TerminalKey key = terminals[terminal].key();
    return streams.add(terminal, new FeedId(key.tenant(), key.account(), symbol));
  }

  public Terminal terminalAt(int index) {
    return terminals[index];
  }

  public Terminal terminalOfStream(int stream) {
    return terminals[streams.source(stream)];
  }

  public String symbol(int stream) {
    return streams.symbol(stream);
  }

  /** The feed (tenant, account, symbol) of a stream: built once when the stream was added. */
  public FeedId feed(int stream) {
    return streams.feed(stream);
  }

  public int maxStreams() {
    return streams.capacity();
  }

  public int maxTerminals() {
    return terminals.length;
  }
}

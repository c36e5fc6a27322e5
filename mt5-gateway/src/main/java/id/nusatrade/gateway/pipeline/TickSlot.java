package id.nusatrade.gateway.pipeline;

import id.nusatrade.gateway.protocol.ExecutionReport;

/**
 * One preallocated ring entry. Public mutable fields on purpose (the Disruptor idiom): the socket
 * thread fills a slot in place and publishes it, so a tick costs no allocation.
 */
public final class TickSlot {
  public static final int TICK = 1;
  public static final int EXECUTION = 2;

  public int kind;
  public int terminal;
  public int stream;
  public long seq;
  public long timeMillis;
  public double bid;
  public double ask;
  public double last;
  public long volume;
  public int flags;

  /** {@link System#nanoTime()} when the frame was decoded: start of tick-to-indicator latency. */
  public long receivedNanos;

  /** Written by the market handler: 0 accepted, else a reject reason code; read by storage. */
  public int verdict;

  /**
   * Written by the market handler: the entries of its {@code ClosedBarLog} this tick closed,
   * [barsFrom, barsTo); read by storage.
   */
  public long barsFrom;

  public long barsTo;

  /** Execution reports are rare and variable-sized: carried as the decoded record. */
  public ExecutionReport report;
}

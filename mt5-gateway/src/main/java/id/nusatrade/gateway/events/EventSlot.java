package id.nusatrade.gateway.events;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.gateway.protocol.ExecutionReport;

/**
 * One preallocated entry of the event ring: the market handler fills primitives in place (no
 * envelope, JSON or UUID on its thread) and the publishing thread turns it into an envelope. Which
 * fields mean something depends on {@link #kind}. Public mutable fields: the Disruptor idiom.
 */
public final class EventSlot {
  public static final int TICK_SAMPLED = 1;
  public static final int TICK_REJECTED = 2;
  public static final int BAR_CLOSED = 3;
  public static final int INDICATORS = 4;
  public static final int EXECUTION = 5;

  public int kind;
  public int stream;
  public int terminal;
  public Timeframe timeframe;
  public long time;
  public long seq;
  public double open;
  public double high;
  public double low;
  public double close;
  public long volume;
  public double bid;
  public double ask;
  public double last;
  public int reason;
  public long suppressed;

  /** Indicator column names (shared, immutable by contract) and a snapshot of their values. */
  public String[] columns;

  public final double[] values;
  public ExecutionReport report;

  public EventSlot(int maxWidth) {
    this.values = new double[maxWidth];
  }
}

package id.nusatrade.market.bars;

import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.indicators.IndicatorSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bars the market handler's aggregator closes (and the indicator snapshot computed on each),
 * handed to the storage handler: the one bar builder's output, stored as built, so storage keeps no
 * second copy of the logic. A preallocated circular log of primitives written by the market handler
 * thread only; each tick slot records the range of entries its tick closed ({@link #written()}
 * before and after), and the storage handler reads that range when it reaches the slot (the ring's
 * ordering makes the entries visible) and then releases it ({@link #consumedThrough}). Nothing is
 * allocated per bar. The log is bounded: should the storage handler fall a whole log behind, the
 * market handler waits for it, the same backpressure the tick ring applies.
 */
public final class ClosedBarLog implements BarListener, IndicatorListener {
  /** A log that records nothing: no tick store configured. */
  public static ClosedBarLog disabled() {
    return new ClosedBarLog(0, 0);
  }

  private final int capacity;
  private final int mask;
  private final int[] stream;
  private final Timeframe[] timeframe;
  private final long[] openTime;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final long[] volume;
  private final String[][] columns;
  private final double[][] values;
  private final AtomicLong consumed = new AtomicLong();
  private long written;

  /**
   * @param capacity entries (rounded up to a power of two); 0 disables the log
   * @param maxWidth the widest indicator snapshot to keep per bar
   */
  public ClosedBarLog(int capacity, int maxWidth) {
    this.capacity = capacity == 0 ? 0 : Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
    this.mask = this.capacity - 1;
    stream = new int[this.capacity];
    timeframe = new Timeframe[this.capacity];
    openTime = new long[this.capacity];
    open = new double[this.capacity];
    high = new double[this.capacity];
    low = new double[this.capacity];
    close = new double[this.capacity];
    volume = new long[this.capacity];
    columns = new String[this.capacity][];
    values = new double[this.capacity][maxWidth];
  }

  public boolean enabled() {
    return capacity > 0;
  }

  /** Entries written so far (market handler thread). */
  public long written() {
    return written;
  }

  @Override
  public void barClosed(
      int s, Timeframe tf, long openTimeMillis, double o, double h, double l, double c, long v) {
    if (capacity == 0) {
      return;
    }
    while (written - consumed.get() >= capacity) {
      Thread.onSpinWait(); // storage is a whole log behind: wait, as a full tick ring would
    }
    int i = (int) (written & mask);
    stream[i] = s;
    timeframe[i] = tf;
    openTime[i] = openTimeMillis;
    open[i] = o;
    high[i] = h;
    low[i] = l;
    close[i] = c;
    volume[i] = v;
    columns[i] = null;
    written++;
  }

  /** The snapshot computed on the bar just logged (the aggregator calls indicators after it). */
  @Override
  public void indicatorsUpdated(
      int s, Timeframe tf, long barOpenTime, String[] names, IndicatorSet set) {
    if (capacity == 0 || written == 0) {
      return;
    }
    int i = (int) ((written - 1) & mask);
    if (stream[i] == s && timeframe[i] == tf && openTime[i] == barOpenTime) {
      columns[i] = names;
      set.values(values[i]);
    }
  }

  /** Storage handler: entries before {@code entry} are read and may be overwritten. */
  public void consumedThrough(long entry) {
    consumed.lazySet(entry);
  }

  /** Reads entry {@code n} (an index between a slot's range bounds) into {@code into}. */
  public void read(long n, Entry into) {
    int i = (int) (n & mask);
    into.stream = stream[i];
    into.timeframe = timeframe[i];
    into.openTime = openTime[i];
    into.open = open[i];
    into.high = high[i];
    into.low = low[i];
    into.close = close[i];
    into.volume = volume[i];
    into.columns = columns[i];
    into.values = values[i];
  }

  /** A reusable view of one entry; {@code values} is the log's own array (read, do not keep). */
  public static final class Entry {
    public int stream;
    public Timeframe timeframe;
    public long openTime;
    public double open;
    public double high;
    public double low;
    public double close;
    public long volume;
    public String[] columns;
    public double[] values;
  }
}

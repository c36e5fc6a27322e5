package id.nusatrade.indicators.stage;

/**
 * Highest (or lowest) value of the last {@code period} values in amortised O(1): a monotonic deque
 * kept in preallocated primitive arrays. Among equal extremes the newest wins, as in TA-Lib's
 * AROON, so {@link #age()} matches TA-Lib's index choice.
 */
public final class Extremum {
  private final boolean highest;
  private final int period;
  private final long[] index;
  private final double[] values;
  private int head;
  private int size;
  private long count;

  private Extremum(boolean highest, int period) {
    this.highest = highest;
    this.period = period;
    this.index = new long[period];
    this.values = new double[period];
  }

  public static Extremum highest(int period) {
    return new Extremum(true, period);
  }

  public static Extremum lowest(int period) {
    return new Extremum(false, period);
  }

  public void push(double x) {
    long t = count++;
    while (size > 0 && index[head] <= t - period) {
      head = head + 1 == period ? 0 : head + 1;
      size--;
    }
    while (size > 0 && dominated(values[slot(size - 1)], x)) {
      size--;
    }
    int tail = slot(size);
    index[tail] = t;
    values[tail] = x;
    size++;
  }

  private boolean dominated(double kept, double x) {
    return highest ? kept <= x : kept >= x;
  }

  private int slot(int offset) {
    int i = head + offset;
    return i >= period ? i - period : i;
  }

  public double value() {
    return values[head];
  }

  /** Bars since the extreme (0 = the newest value is the extreme). */
  public int age() {
    return (int) (count - 1 - index[head]);
  }

  public boolean ready() {
    return count >= period;
  }

  public void clear() {
    head = 0;
    size = 0;
    count = 0;
  }
}

package id.nusatrade.indicators.stage;

import java.util.Arrays;

/** The last {@code capacity} values of a series, newest at age 0. */
public final class RingBuffer {
  private final double[] values;
  private int next;
  private long count;

  public RingBuffer(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1");
    }
    values = new double[capacity];
  }

  public void push(double value) {
    values[next] = value;
    next = next + 1 == values.length ? 0 : next + 1;
    count++;
  }

  /** The value {@code age} pushes ago (0 = the newest); the caller keeps age below capacity. */
  public double get(int age) {
    int i = next - 1 - age;
    return values[i < 0 ? i + values.length : i];
  }

  public long count() {
    return count;
  }

  public boolean full() {
    return count >= values.length;
  }

  public int capacity() {
    return values.length;
  }

  /** Value at a storage slot, for callers that must sum in TA-Lib's circular-buffer order. */
  public double slot(int index) {
    return values[index];
  }

  public void clear() {
    Arrays.fill(values, 0.0);
    next = 0;
    count = 0;
  }
}

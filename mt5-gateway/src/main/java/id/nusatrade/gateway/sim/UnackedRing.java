package id.nusatrade.gateway.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reliable frames sent but not yet acknowledged, indexed by sequence (consecutive from {@code
 * first}). Slots are preallocated byte arrays reused for every frame: no allocation per tick.
 */
final class UnackedRing {
  private final byte[][] frames;
  private final ByteBuffer[] views;
  private final int[] lengths;
  private final int mask;
  private long first = 1;
  private long next = 1;

  UnackedRing(int capacityPowerOfTwo) {
    if (Integer.bitCount(capacityPowerOfTwo) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two");
    }
    frames = new byte[capacityPowerOfTwo][];
    views = new ByteBuffer[capacityPowerOfTwo];
    lengths = new int[capacityPowerOfTwo];
    mask = capacityPowerOfTwo - 1;
    for (int i = 0; i < capacityPowerOfTwo; i++) {
      slot(i, 128);
    }
  }

  boolean full() {
    return next - first > mask;
  }

  /** A cleared little-endian buffer for the next sequence, at least {@code size} bytes. */
  ByteBuffer claim(int size) {
    int i = (int) (next & mask);
    if (frames[i].length < size) {
      slot(i, size);
    }
    return views[i].clear();
  }

  long commit(int length) {
    lengths[(int) (next & mask)] = length;
    return next++;
  }

  void release(long ackedSeq) {
    first = Math.max(first, Math.min(ackedSeq + 1, next));
  }

  /**
   * Gives the pending frames the sequence numbers from {@code newFirst} on (header field at offset
   * 8). Used once, when a new EA instance learns from its first WELCOME that the gateway already
   * holds frames of this terminal from an earlier instance: numbered 1, 2, 3... again, the new
   * frames would be dropped as resends. Rare path: copies are fine here.
   */
  void renumberFrom(long newFirst) {
    int pending = (int) (next - first);
    byte[][] copies = new byte[pending][];
    for (int k = 0; k < pending; k++) {
      long seq = first + k;
      copies[k] = Arrays.copyOf(frame(seq), length(seq));
    }
    first = newFirst;
    next = newFirst;
    for (byte[] copy : copies) {
      ByteBuffer b = claim(copy.length);
      b.put(copy).putLong(8, next);
      commit(copy.length);
    }
  }

  long first() {
    return first;
  }

  long next() {
    return next;
  }

  byte[] frame(long seq) {
    return frames[(int) (seq & mask)];
  }

  int length(long seq) {
    return lengths[(int) (seq & mask)];
  }

  private void slot(int i, int size) {
    frames[i] = new byte[size];
    views[i] = ByteBuffer.wrap(frames[i]).order(ByteOrder.LITTLE_ENDIAN);
  }
}

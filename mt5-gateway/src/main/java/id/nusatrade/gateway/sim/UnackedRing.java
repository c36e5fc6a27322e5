package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.FrameLayout;
import id.nusatrade.gateway.protocol.FrameType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
   * 8). Used when a new EA instance learns from its first WELCOME that the gateway already holds
   * frames of this terminal from an earlier instance (numbered 1, 2, 3... again, the new frames
   * would be dropped as resends), and when the gateway holds fewer than it once acknowledged (its
   * journal was lost: our numbers would be a SEQUENCE_GAP forever). Rare path: copies are fine.
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
      b.put(copy).putLong(FrameLayout.SEQ, next);
      commit(copy.length);
    }
  }

  /**
   * Removes every pending TICK from {@code fromSeq} on whose symbol field equals that of the frame
   * {@code fromSeq}, and numbers the frames after it down so the sequence stays gapless. Used when
   * the gateway refused a symbol (BAD_FIELD, TOO_MANY_SYMBOLS) naming that frame: the gateway took
   * nothing from it on, and resending it would be refused again forever. Frames before {@code
   * fromSeq} keep their numbers. Returns how many frames were removed.
   */
  int dropTicksLike(long fromSeq) {
    byte[] symbol = symbolField(fromSeq);
    int pending = (int) (next - fromSeq);
    byte[][] kept = new byte[pending][];
    int n = 0;
    for (long seq = fromSeq; seq < next; seq++) {
      if (!isTick(seq) || !Arrays.equals(symbolField(seq), symbol)) {
        kept[n++] = Arrays.copyOf(frame(seq), length(seq));
      }
    }
    next = fromSeq;
    for (int k = 0; k < n; k++) {
      ByteBuffer b = claim(kept[k].length);
      b.put(kept[k]).putLong(FrameLayout.SEQ, next);
      commit(kept[k].length);
    }
    return pending - n;
  }

  /** Whether {@code seq} is pending (sent or queued, not acknowledged) and a TICK. */
  boolean holdsTick(long seq) {
    return seq >= first && seq < next && isTick(seq);
  }

  /** The TICK frame's symbol as sent, leniently decoded (it may be what the gateway refused). */
  String symbolOf(long seq) {
    byte[] f = frame(seq);
    int len = Math.min(f[FrameLayout.TICK_SYMBOL] & 0xFF, FrameLayout.SYMBOL_WIDTH - 1);
    return new String(f, FrameLayout.TICK_SYMBOL + 1, len, StandardCharsets.ISO_8859_1);
  }

  private boolean isTick(long seq) {
    return (frame(seq)[FrameLayout.TYPE] & 0xFF) == FrameType.TICK;
  }

  private byte[] symbolField(long seq) {
    int at = FrameLayout.TICK_SYMBOL;
    return Arrays.copyOfRange(frame(seq), at, at + FrameLayout.SYMBOL_WIDTH);
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

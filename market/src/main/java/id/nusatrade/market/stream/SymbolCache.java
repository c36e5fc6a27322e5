package id.nusatrade.market.stream;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Maps a symbol field in a received frame (length byte + ASCII) to a stream id without building a
 * String: open addressing on the raw bytes. Inserts (a new symbol) allocate; lookups never do.
 */
public final class SymbolCache {
  private byte[][] keys = new byte[16][];
  private int[] ids = new int[16];
  private int size;

  /** Stream id of the symbol field at {@code at}, or -1 if unknown. */
  public int find(ByteBuffer buf, int at) {
    int len = buf.get(at) & 0xFF;
    int mask = keys.length - 1;
    for (int i = hash(buf, at, len) & mask; keys[i] != null; i = (i + 1) & mask) {
      if (equal(keys[i], buf, at, len)) {
        return ids[i];
      }
    }
    return -1;
  }

  public void put(ByteBuffer buf, int at, int id) {
    int len = buf.get(at) & 0xFF;
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    byte[] key = new byte[len];
    buf.get(at + 1, key);
    insert(key, id);
  }

  /** Registers a symbol known before any frame names it (streams recovered from the journal). */
  public void put(String symbol, int id) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(symbol.getBytes(java.nio.charset.StandardCharsets.US_ASCII), id);
  }

  private void insert(byte[] key, int id) {
    int mask = keys.length - 1;
    int i = hash(ByteBuffer.wrap(prefixed(key)), 0, key.length) & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    ids[i] = id;
    size++;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldIds = ids;
    keys = new byte[oldKeys.length * 2][];
    ids = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldIds[i]);
      }
    }
  }

  private static byte[] prefixed(byte[] key) {
    byte[] p = new byte[key.length + 1];
    p[0] = (byte) key.length;
    System.arraycopy(key, 0, p, 1, key.length);
    return p;
  }

  private static int hash(ByteBuffer buf, int at, int len) {
    int h = len;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf.get(at + 1 + i);
    }
    return h ^ (h >>> 16);
  }

  private static boolean equal(byte[] key, ByteBuffer buf, int at, int len) {
    if (key.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (key[i] != buf.get(at + 1 + i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "SymbolCache" + Arrays.toString(ids);
  }
}

package id.nusatrade.gateway.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Fixed-width ASCII fields: a length byte, then the characters, zero padded to the width. Only
 * printable ASCII (0x21-0x7E) is legal, which keeps symbols and keys unambiguous in MQL5.
 */
public final class Ascii {
  /** Lowest and highest legal character (space and DEL excluded). */
  public static final int FIRST_PRINTABLE = 0x21;

  public static final int LAST_PRINTABLE = 0x7E;

  private Ascii() {}

  /** Whether {@code text} fits a field of {@code width} and holds only printable ASCII. */
  public static boolean valid(String text, int width, boolean allowEmpty) {
    if (text.length() > width - 1 || (text.isEmpty() && !allowEmpty)) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!printable(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean printable(int c) {
    return c >= FIRST_PRINTABLE && c <= LAST_PRINTABLE;
  }

  public static void write(ByteBuffer buf, int offset, int width, String text) {
    if (text.length() > width - 1) {
      throw new IllegalArgumentException("'" + text + "' longer than " + (width - 1));
    }
    buf.put(offset, (byte) text.length());
    for (int i = 0; i < width - 1; i++) {
      buf.put(offset + 1 + i, i < text.length() ? checked(text.charAt(i)) : 0);
    }
  }

  /**
   * Length of a valid field; throws BAD_FIELD for an empty (unless allowed), long or non-ASCII one.
   */
  public static int validLength(ByteBuffer buf, int offset, int width, boolean allowEmpty) {
    int len = buf.get(offset) & 0xFF;
    if (len > width - 1 || (len == 0 && !allowEmpty)) {
      throw new ProtocolException(ErrorCode.BAD_FIELD, "bad text length " + len);
    }
    for (int i = 0; i < len; i++) {
      int c = buf.get(offset + 1 + i);
      if (!printable(c)) {
        throw new ProtocolException(ErrorCode.BAD_FIELD, "non-printable character " + c);
      }
    }
    return len;
  }

  public static String read(ByteBuffer buf, int offset, int width, boolean allowEmpty) {
    int len = validLength(buf, offset, width, allowEmpty);
    byte[] bytes = new byte[len];
    buf.get(offset + 1, bytes);
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  /** Free text such as error messages: truncated and cleaned rather than rejected. */
  public static String clean(String text, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < width - 1; i++) {
      char c = text.charAt(i);
      sb.append(printable(c) ? c : '_');
    }
    return sb.toString();
  }

  private static byte checked(char c) {
    if (!printable(c)) {
      throw new IllegalArgumentException("not printable ASCII: " + (int) c);
    }
    return (byte) c;
  }
}

package id.nusatrade.gateway.journal;

/**
 * Record layout (little endian): u32 length of the whole record, u32 CRC32C of the bytes after the
 * CRC, u8 kind, body. Terminal and stream numbers are local to a segment: each segment defines them
 * (TERMINAL also carries the terminal's durable sequence when defined, a checkpoint that lets old
 * segments be deleted).
 */
final class JournalFormat {
  static final int HEAD = 9;
  static final int TERMINAL = 1;
  static final int STREAM = 2;
  static final int TICK = 3;
  static final int EXECUTION = 4;
  static final int TERMINAL_LENGTH = HEAD + 4 + 8 + 8 + 40;
  static final int STREAM_LENGTH = HEAD + 4 + 4 + 32;
  static final int TICK_LENGTH = HEAD + 4 + 8 + 8 + 24 + 8 + 4;
  static final String PREFIX = "journal-";
  static final String SUFFIX = ".log";

  private JournalFormat() {}

  static String segmentName(long number) {
    return String.format("%s%016d%s", PREFIX, number, SUFFIX);
  }

  static long segmentNumber(String fileName) {
    return Long.parseLong(fileName.substring(PREFIX.length(), fileName.length() - SUFFIX.length()));
  }

  static boolean isSegment(String fileName) {
    return fileName.matches(PREFIX + "\\d{16}" + "\\" + SUFFIX);
  }
}

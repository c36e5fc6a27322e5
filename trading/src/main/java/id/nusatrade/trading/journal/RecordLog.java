package id.nusatrade.trading.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Append-only segmented log of typed records: u32 length of the whole record, u32 CRC32C of the
 * bytes after the CRC, u8 kind, body (little endian, as the gateway's journal). {@link #append}
 * writes through to the file (a killed process loses nothing it appended); {@link #sync} forces the
 * file to disk (a power cut loses nothing synced). Every open starts a new segment so a torn tail
 * is never appended to. Single writer.
 */
public final class RecordLog implements AutoCloseable {
  static final int HEAD = 9;
  private static final String PREFIX = "orders-";
  private static final String SUFFIX = ".log";

  private final Path dir;
  private final long segmentBytes;
  private final CRC32C crc = new CRC32C();
  private ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private FileChannel channel;
  private long segment;
  private long written;

  public RecordLog(Path dir, long segmentBytes) {
    this.dir = dir;
    this.segmentBytes = segmentBytes;
    List<Path> existing = segments(dir);
    this.segment = existing.isEmpty() ? 0 : number(existing.getLast());
    openNext();
  }

  /** Frames one record (its body from position to limit) into the buffer. */
  public void append(int kind, ByteBuffer body) {
    int length = HEAD + body.remaining();
    if (buf.remaining() < length) {
      write();
      if (buf.capacity() < length) {
        buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      }
    }
    int at = buf.position();
    buf.putInt(length).putInt(0).put((byte) kind).put(body);
    crc.reset();
    crc.update(buf.array(), at + 8, length - 8);
    buf.putInt(at + 4, (int) crc.getValue());
  }

  /**
   * Writes what is buffered to the file (one system call): from then on a killed process loses none
   * of it. Call before anything appended takes effect outside the process.
   */
  public void write() {
    buf.flip();
    try {
      while (buf.hasRemaining()) {
        written += channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("order journal write failed in " + dir, e);
    } finally {
      buf.clear();
    }
  }

  /** Forces everything appended to disk; rotates to a new segment past the size limit. */
  public void sync() {
    write();
    try {
      channel.force(false);
      if (written >= segmentBytes) {
        channel.close();
        openNext();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("order journal sync failed in " + dir, e);
    }
  }

  /** What a reader receives: the record's kind and its body (positioned at the body's start). */
  @FunctionalInterface
  public interface RecordVisitor {
    void record(int kind, ByteBuffer body);
  }

  /** Reads every segment oldest first; a segment ends at its first torn or corrupt record. */
  public static void read(Path dir, RecordVisitor visitor) {
    CRC32C crc = new CRC32C();
    for (Path segment : segments(dir)) {
      ByteBuffer b;
      try {
        b = ByteBuffer.wrap(Files.readAllBytes(segment)).order(ByteOrder.LITTLE_ENDIAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + segment, e);
      }
      int at = 0;
      while (at + HEAD <= b.limit()) {
        int length = b.getInt(at);
        if (length < HEAD || at + length > b.limit()) {
          break;
        }
        crc.reset();
        crc.update(b.array(), at + 8, length - 8);
        if ((int) crc.getValue() != b.getInt(at + 4)) {
          break;
        }
        visitor.record(
            b.get(at + 8), b.slice(at + HEAD, length - HEAD).order(ByteOrder.LITTLE_ENDIAN));
        at += length;
      }
    }
  }

  private void openNext() {
    try {
      Files.createDirectories(dir);
      segment++;
      channel =
          FileChannel.open(
              dir.resolve(String.format("%s%016d%s", PREFIX, segment, SUFFIX)),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
      written = 0;
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an order journal segment in " + dir, e);
    }
  }

  static List<Path> segments(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d{16}\\" + SUFFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static long number(Path segment) {
    String name = segment.getFileName().toString();
    return Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
  }

  @Override
  public void close() {
    sync();
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

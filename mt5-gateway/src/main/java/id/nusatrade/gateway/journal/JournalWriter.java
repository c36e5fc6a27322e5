package id.nusatrade.gateway.journal;

import static id.nusatrade.gateway.journal.JournalFormat.*;

import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.protocol.Ascii;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.FrameEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Appends records to the current segment through one direct buffer; {@link #sync()} writes and
 * fsyncs. Every start opens a new segment, so a torn tail left by a crash is never appended to.
 * Single writer (the journal handler thread).
 *
 * <p>The buffer keeps every record appended since the last successful fsync. When a write or an
 * fsync fails, nothing written since that fsync can be trusted (after a failed fsync Linux may drop
 * the dirty pages and report success next time), so the writer marks itself broken and the next
 * {@link #sync()} abandons the segment (its tail is at worst torn, which reading stops at), opens a
 * new one, defines the terminals and streams again and writes the whole unsynced buffer there. A
 * record can then appear in two segments; {@link JournalReader} skips the second copy by the
 * terminal's sequence.
 */
public final class JournalWriter implements AutoCloseable {
  private final Path dir;
  private final StreamRegistry registry;
  private final long segmentBytes;
  private final int retain;
  private final JournalChannels channels;
  private ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer frame = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private final boolean[] terminalDefined;
  private final boolean[] streamDefined;
  private final long[] appended;
  private final long[] synced;
  private FileChannel channel;
  private long segment;
  private long written;
  private boolean broken;

  public JournalWriter(Path dir, StreamRegistry registry, long segmentBytes, int retain) {
    this(dir, registry, segmentBytes, retain, JournalChannels.FILES);
  }

  public JournalWriter(
      Path dir, StreamRegistry registry, long segmentBytes, int retain, JournalChannels channels) {
    this.dir = dir;
    this.channels = channels;
    this.registry = registry;
    this.segmentBytes = segmentBytes;
    this.retain = retain;
    this.terminalDefined = new boolean[registry.maxTerminals()];
    this.streamDefined = new boolean[registry.maxStreams()];
    this.appended = new long[registry.maxTerminals()];
    this.synced = new long[registry.maxTerminals()];
    this.segment = Segments.newest(dir);
    try {
      openNext();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal segment in " + dir, e);
    }
  }

  public void appendTick(
      int stream,
      long seq,
      long time,
      double bid,
      double ask,
      double last,
      long volume,
      int flags) {
    defineStream(stream);
    appended[registry.terminalOfStream(stream).index()] = seq;
    int at = begin(TICK_LENGTH, TICK);
    buf.putInt(stream).putLong(seq).putLong(time).putDouble(bid).putDouble(ask).putDouble(last);
    buf.putLong(volume).putInt(flags);
    end(at);
  }

  public void appendExecution(int terminal, long seq, ExecutionReport report) {
    defineTerminal(terminal);
    appended[terminal] = seq;
    frame.clear();
    int n = FrameEncoder.encode(report, frame);
    int at = begin(HEAD + 12 + n, EXECUTION);
    buf.putInt(terminal).putLong(seq).put(frame.array(), 0, n);
    end(at);
  }

  /**
   * Writes everything buffered and forces it to disk; returns when the batch is durable. Throws
   * when it is not: the records stay buffered and the next call tries again in a fresh segment.
   */
  public void sync() {
    try {
      if (broken) {
        reopen();
      }
      writeAndForce();
    } catch (IOException | RuntimeException e) {
      broken = true;
      throw new UncheckedIOException(
          "journal write or fsync failed in " + dir,
          e instanceof IOException io ? io : new IOException(e));
    }
    if (written >= segmentBytes) {
      try {
        rotate();
      } catch (IOException e) {
        broken = true; // the batch is durable; the next sync opens a segment again
      }
    }
  }

  /** True after a failed write or fsync, until a sync succeeds again. */
  public boolean broken() {
    return broken;
  }

  private void writeAndForce() throws IOException {
    int end = buf.position();
    buf.flip();
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } finally {
      buf.limit(buf.capacity()).position(end); // kept until the fsync below succeeds
    }
    channel.force(false);
    written += end;
    buf.clear();
    System.arraycopy(appended, 0, synced, 0, appended.length);
  }

  /**
   * Abandons the current segment and puts every unsynced record into a new one, after definitions
   * of every terminal (checkpoints at their synced sequence) and of every stream those records use.
   */
  private void reopen() throws IOException {
    ByteBuffer unsynced = ByteBuffer.allocate(buf.position()).order(ByteOrder.LITTLE_ENDIAN);
    unsynced.put(buf.flip()).flip();
    buf.clear();
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // the segment is abandoned either way
    }
    channel = null;
    java.util.Arrays.fill(terminalDefined, false);
    java.util.Arrays.fill(streamDefined, false);
    try {
      openNext();
      for (int at = 0; at < unsynced.limit(); at += unsynced.getInt(at)) {
        if (unsynced.get(at + 8) == TICK) {
          defineStream(unsynced.getInt(at + HEAD));
        }
      }
    } catch (IOException | RuntimeException e) {
      buf.clear();
      reserve(unsynced.limit());
      buf.put(unsynced);
      throw e;
    }
    reserve(unsynced.limit());
    buf.put(unsynced);
    broken = false;
  }

  private void defineStream(int stream) {
    if (!streamDefined[stream]) {
      Terminal t = registry.terminalOfStream(stream);
      defineTerminal(t.index());
      int at = begin(STREAM_LENGTH, STREAM);
      buf.putInt(stream).putInt(t.index());
      Ascii.write(buf, buf.position(), 32, registry.symbol(stream));
      buf.position(buf.position() + 32);
      end(at);
      streamDefined[stream] = true;
    }
  }

  private void defineTerminal(int index) {
    if (!terminalDefined[index]) {
      Terminal t = registry.terminalAt(index);
      int at = begin(TERMINAL_LENGTH, TERMINAL);
      // a checkpoint claims only what is on disk: a torn tail after it must not hide lost records
      buf.putInt(index).putLong(t.key().account()).putLong(Math.max(t.durableSeq(), synced[index]));
      Ascii.write(buf, buf.position(), 40, t.tenant().toString());
      buf.position(buf.position() + 40);
      end(at);
      terminalDefined[index] = true;
    }
  }

  private int begin(int length, int kind) {
    if (buf.remaining() < length && !broken) {
      try {
        writeAndForce(); // durable early; no rotation here, the caller defined its stream
      } catch (IOException e) {
        broken = true; // keeps the records; the batch's sync reports the failure
      }
    }
    reserve(length);
    int at = buf.position();
    buf.putInt(length).putInt(0).put((byte) kind);
    return at;
  }

  private void end(int at) {
    int endPos = buf.position();
    crc.reset();
    buf.position(at + 8).limit(endPos);
    crc.update(buf);
    buf.limit(buf.capacity()).position(endPos);
    buf.putInt(at + 4, (int) crc.getValue());
  }

  /** Grows the buffer (only while the disk fails, or for a batch larger than it) to fit more. */
  private void reserve(int length) {
    if (buf.remaining() < length) {
      ByteBuffer bigger =
          ByteBuffer.allocateDirect(Math.max(buf.capacity() * 2, buf.position() + length))
              .order(ByteOrder.LITTLE_ENDIAN);
      bigger.put(buf.flip());
      buf = bigger;
    }
  }

  private void rotate() throws IOException {
    channel.close();
    java.util.Arrays.fill(terminalDefined, false);
    java.util.Arrays.fill(streamDefined, false);
    openNext();
    Segments.deleteAllBut(dir, retain);
  }

  private void openNext() throws IOException {
    Files.createDirectories(dir);
    segment++;
    channel = channels.create(dir.resolve(segmentName(segment)));
    written = 0;
    Segments.syncDirectory(dir);
    // A fresh segment starts with a checkpoint of every known terminal's durable sequence.
    for (int i = 0; i < registry.maxTerminals() && registry.terminalAt(i) != null; i++) {
      defineTerminal(i);
    }
  }

  @Override
  public void close() throws IOException {
    sync();
    channel.close();
  }
}

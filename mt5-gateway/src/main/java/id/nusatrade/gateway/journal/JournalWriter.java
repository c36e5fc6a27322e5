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
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Appends records to the current segment through one direct buffer; {@link #sync()} writes and
 * fsyncs. Every start opens a new segment, so a torn tail left by a crash is never appended to.
 * Single writer (the journal handler thread).
 */
public final class JournalWriter implements AutoCloseable {
  private final Path dir;
  private final StreamRegistry registry;
  private final long segmentBytes;
  private final int retain;
  private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer frame = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private final boolean[] terminalDefined;
  private final boolean[] streamDefined;
  private final long[] appended;
  private FileChannel channel;
  private long segment;
  private long written;

  public JournalWriter(Path dir, StreamRegistry registry, long segmentBytes, int retain) {
    this.dir = dir;
    this.registry = registry;
    this.segmentBytes = segmentBytes;
    this.retain = retain;
    this.terminalDefined = new boolean[registry.maxTerminals()];
    this.streamDefined = new boolean[registry.maxStreams()];
    this.appended = new long[registry.maxTerminals()];
    this.segment = Segments.newest(dir);
    openNext();
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

  /** Writes everything buffered and forces it to disk; returns when the batch is durable. */
  public void sync() {
    try {
      drain();
      channel.force(false);
      if (written >= segmentBytes) {
        rotate();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("journal sync failed", e);
    }
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
      // the checkpoint must cover what this writer appended, even if not yet marked durable
      buf.putInt(index)
          .putLong(t.key().account())
          .putLong(Math.max(t.durableSeq(), appended[index]));
      Ascii.write(buf, buf.position(), 40, t.tenant().toString());
      buf.position(buf.position() + 40);
      end(at);
      terminalDefined[index] = true;
    }
  }

  private int begin(int length, int kind) {
    if (buf.remaining() < length) {
      drain();
    }
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

  private void drain() {
    buf.flip();
    try {
      while (buf.hasRemaining()) {
        written += channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("journal write failed", e);
    }
    buf.clear();
  }

  private void rotate() throws IOException {
    channel.close();
    java.util.Arrays.fill(terminalDefined, false);
    java.util.Arrays.fill(streamDefined, false);
    openNext();
    Segments.deleteAllBut(dir, retain);
  }

  private void openNext() {
    try {
      Files.createDirectories(dir);
      segment++;
      channel =
          FileChannel.open(
              dir.resolve(segmentName(segment)),
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
      written = 0;
      Segments.syncDirectory(dir);
      // A fresh segment starts with a checkpoint of every known terminal's durable sequence.
      for (int i = 0; i < registry.maxTerminals() && registry.terminalAt(i) != null; i++) {
        defineTerminal(i);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal segment in " + dir, e);
    }
  }

  @Override
  public void close() throws IOException {
    sync();
    channel.close();
  }
}

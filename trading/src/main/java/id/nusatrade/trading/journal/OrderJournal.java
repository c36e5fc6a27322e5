package id.nusatrade.trading.journal;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The engine's journal on disk: {@link #append} buffers a record, {@link #write} hands the buffer
 * to the file (the engine calls it before an order leaves for a venue, so everything that led to it
 * survives a killed process), {@link #sync} fsyncs the batch (survives a power cut). Segments are
 * kept (a rebuild reads them all); compaction by snapshot is future work.
 */
public final class OrderJournal implements AutoCloseable {
  private final RecordLog log;
  private final JournalCodec codec = new JournalCodec();

  public OrderJournal(Path dir, long segmentBytes) {
    this.log = new RecordLog(dir, segmentBytes);
  }

  public OrderJournal(Path dir) {
    this(dir, 64L << 20);
  }

  public void append(JournalRecord record) {
    log.append(JournalCodec.kind(record), codec.encode(record));
  }

  /** Hands every appended record to the file (survives a killed process). */
  public void write() {
    log.write();
  }

  /** Writes and fsyncs (survives a power cut). */
  public void sync() {
    log.sync();
  }

  /** Every record of the journal in {@code dir}, oldest first. */
  public static void replay(Path dir, Consumer<JournalRecord> into) {
    RecordLog.read(dir, (kind, body) -> into.accept(JournalCodec.decode(kind, body)));
  }

  @Override
  public void close() {
    log.close();
  }
}

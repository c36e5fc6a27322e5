package id.nusatrade.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.pipeline.JournalHandler;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.pipeline.TickSlot;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's error path: a failing disk delays acknowledgements and loses nothing. */
class JournalDiskFailureTest {
  static final TerminalKey KEY =
      new TerminalKey(TenantId.of("6f1c8a52-1d1e-4a53-9b7a-3f1f4f6c2a10"), 77);
  @TempDir Path dir;
  final FailingDisk disk = new FailingDisk();
  final StreamRegistry registry = new StreamRegistry(4, 8, Map.of());
  final Terminal terminal = registry.terminal(KEY);
  final int stream = registry.addStream(terminal.index(), "EURUSD");
  final AtomicInteger acks = new AtomicInteger();
  final List<Long> durableWhileFailing = new ArrayList<>();
  IntConsumer onRetry = attempt -> {};
  JournalHandler handler;

  JournalHandler handler(JournalWriter writer) {
    return new JournalHandler(
        registry,
        writer,
        acks::incrementAndGet,
        attempt -> {
          durableWhileFailing.add(terminal.durableSeq());
          assertThat(handler.failing()).isTrue();
          onRetry.accept(attempt);
        });
  }

  void batch(long from, long to) {
    TickSlot s = new TickSlot();
    for (long seq = from; seq <= to; seq++) {
      s.kind = TickSlot.TICK;
      s.terminal = terminal.index();
      s.stream = stream;
      s.seq = seq;
      s.timeMillis = 1_000 + seq;
      s.bid = 1.1000 + seq / 10_000.0;
      s.ask = s.bid + 0.0002;
      s.volume = seq;
      handler.onEvent(s, seq, seq == to);
    }
  }

  List<Long> journaledSequences() {
    List<Long> seqs = new ArrayList<>();
    JournalReader.read(
        dir,
        new JournalVisitor() {
          @Override
          public void checkpoint(TerminalKey t, long durableSeq) {}

          @Override
          public void tick(
              TerminalKey t,
              String symbol,
              long seq,
              long time,
              double bid,
              double ask,
              double last,
              long volume,
              int flags) {
            assertThat(t).isEqualTo(KEY);
            assertThat(symbol).isEqualTo("EURUSD");
            assertThat(time).isEqualTo(1_000 + seq);
            assertThat(volume).isEqualTo(seq);
            seqs.add(seq);
          }
        });
    return seqs;
  }

  static List<Long> range(long from, long to) {
    List<Long> all = new ArrayList<>();
    for (long s = from; s <= to; s++) {
      all.add(s);
    }
    return all;
  }

  @Test
  void aFailedFsyncAcknowledgesNothingUntilTheBatchIsOnDiskInANewSegment() throws Exception {
    JournalWriter writer = new JournalWriter(dir, registry, 1 << 20, 100, disk);
    handler = handler(writer);
    batch(1, 3);
    assertThat(terminal.durableSeq()).isEqualTo(3);
    assertThat(acks).hasValue(1);

    disk.failFsyncs = true;
    onRetry =
        attempt -> {
          if (attempt == 1) {
            disk.failOpens = true; // the retry cannot even open a new segment
          } else if (attempt == 3) {
            disk.failFsyncs = false;
            disk.failOpens = false;
          }
        };
    batch(4, 6);

    assertThat(durableWhileFailing).containsExactly(3L, 3L, 3L);
    assertThat(terminal.durableSeq()).isEqualTo(6);
    assertThat(acks).hasValue(2);
    assertThat(handler.failing()).isFalse();
    writer.close();
    // the abandoned segment holds 4..6 too (the write succeeded, its fsync did not): read once
    assertThat(journaledSequences()).isEqualTo(range(1, 6));
    assertThat(JournalRecovery.lastSequences(dir)).containsEntry(KEY, 6L);
  }

  @Test
  void aTornWriteIsRewrittenWholeAndLaterBatchesStayReadable() throws Exception {
    JournalWriter writer = new JournalWriter(dir, registry, 1 << 20, 100, disk);
    handler = handler(writer);
    batch(1, 3);
    disk.failWrites = true;
    onRetry = attempt -> disk.failWrites = attempt < 2;
    batch(4, 6);
    batch(7, 9);
    writer.close();

    assertThat(durableWhileFailing).containsExactly(3L, 3L);
    assertThat(terminal.durableSeq()).isEqualTo(9);
    assertThat(acks).hasValue(3);
    assertThat(journaledSequences()).isEqualTo(range(1, 9));
  }

  @Test
  void aDiskThatStaysDownNeverAcknowledgesAndARestartResumesFromTheLastSyncedRecord()
      throws Exception {
    JournalWriter writer = new JournalWriter(dir, registry, 1 << 20, 100, disk);
    handler = handler(writer);
    batch(1, 3);
    disk.failWrites = true;
    disk.failFsyncs = true;
    onRetry =
        attempt -> {
          if (attempt == 5) {
            handler.stop(); // shutdown while the disk is still failing
          }
        };
    batch(4, 6);

    assertThat(durableWhileFailing).containsExactly(3L, 3L, 3L, 3L, 3L);
    assertThat(terminal.durableSeq()).isEqualTo(3);
    assertThat(acks).hasValue(1);
    // a restart tells the EA to resend after the last record the journal holds whole: the torn
    // write left 4 (not 5, cut in half) in the page cache, which the restart reads as written
    List<Long> journaled = journaledSequences();
    assertThat(journaled).isEqualTo(range(1, 4));
    assertThat(JournalRecovery.lastSequences(dir)).containsEntry(KEY, 4L);
  }
}

package id.nusatrade.gateway.journal;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  static final TerminalKey KEY =
      new TerminalKey(TenantId.of("6f1c8a52-1d1e-4a53-9b7a-3f1f4f6c2a10"), 77);
  @TempDir Path dir;

  @Test
  void recoveryReturnsTheLastSyncedSequenceAndIgnoresATornTail() throws Exception {
    StreamRegistry registry = new StreamRegistry(4, 4, Map.of());
    int stream = registry.addStream(registry.terminal(KEY).index(), "EURUSD");
    JournalWriter w = new JournalWriter(dir, registry, 1 << 20, 4);
    for (int seq = 1; seq <= 100; seq++) {
      w.appendTick(stream, seq, 1000L + seq, 1.1, 1.2, 0, 1, 0);
    }
    w.sync();
    w.close();
    Path segment = Segments.list(dir).getLast();
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.setLength(f.length() - 10); // a crash in the middle of the last record
    }
    assertThat(JournalRecovery.lastSequences(dir)).containsEntry(KEY, 99L);
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
            assertThat(symbol).isEqualTo("EURUSD");
            assertThat(time).isEqualTo(1000L + seq);
            seqs.add(seq);
          }
        });
    assertThat(seqs).hasSize(99).startsWith(1L).endsWith(99L);
  }

  @Test
  void aNewSegmentStartsWithACheckpointSoOldSegmentsCanBeDeleted() throws Exception {
    StreamRegistry registry = new StreamRegistry(4, 4, Map.of(KEY, 500L));
    int stream = registry.addStream(registry.terminal(KEY).index(), "XAUUSD");
    JournalWriter w = new JournalWriter(dir, registry, 200, 1); // rotate after every sync
    w.appendTick(stream, 501, 1, 2000, 2000.5, 0, 1, 0);
    w.sync();
    w.close();
    assertThat(Segments.list(dir)).hasSize(1);
    assertThat(Files.size(Segments.list(dir).getFirst())).isPositive();
    assertThat(JournalRecovery.lastSequences(dir)).containsEntry(KEY, 501L);
  }
}

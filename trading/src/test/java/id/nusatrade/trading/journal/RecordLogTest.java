package id.nusatrade.trading.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {
  @TempDir Path dir;

  static ByteBuffer body(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
  }

  List<String> read() {
    List<String> out = new ArrayList<>();
    RecordLog.read(
        dir,
        (kind, b) -> {
          byte[] bytes = new byte[b.remaining()];
          b.get(bytes);
          out.add(kind + ":" + new String(bytes, StandardCharsets.US_ASCII));
        });
    return out;
  }

  @Test
  void writtenRecordsSurviveWithoutCloseAndEachStartOpensANewSegment() {
    RecordLog first = new RecordLog(dir, 1 << 20);
    first.append(1, body("one"));
    first.append(2, body("two"));
    first.write();
    first.append(9, body("only buffered"));
    RecordLog second = new RecordLog(dir, 1 << 20); // the first was never closed: a crash
    second.append(3, body("three"));
    second.write();
    assertThat(read()).containsExactly("1:one", "2:two", "3:three");
    assertThat(RecordLog.segments(dir)).hasSize(2);
  }

  @Test
  void aTornTailEndsTheSegmentAndACorruptRecordIsNotRead() throws IOException {
    RecordLog log = new RecordLog(dir, 1 << 20);
    log.append(1, body("kept"));
    log.append(2, body("torn"));
    log.sync();
    Path segment = RecordLog.segments(dir).getFirst();
    byte[] bytes = Files.readAllBytes(segment);
    Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length - 2));
    assertThat(read()).containsExactly("1:kept");

    bytes[RecordLog.HEAD + 1] ^= 0x20; // flip a bit in the first body
    Files.write(segment, bytes);
    assertThat(read()).isEmpty();
  }

  @Test
  void rotatesPastTheSegmentSize() {
    RecordLog log = new RecordLog(dir, 20);
    log.append(1, body("0123456789abcdef"));
    log.sync();
    log.append(1, body("next"));
    log.write();
    assertThat(RecordLog.segments(dir)).hasSize(2);
    assertThat(read()).containsExactly("1:0123456789abcdef", "1:next");
  }
}

package id.nusatrade.gateway.journal;

import static id.nusatrade.gateway.journal.JournalFormat.*;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.protocol.Ascii;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.FrameDecoder;
import id.nusatrade.gateway.terminal.TerminalKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Reads every segment, oldest first. A segment ends at its first incomplete or corrupt record (the
 * torn tail of a crash): nothing after it was ever acknowledged, because acknowledgement waits for
 * fsync of the whole batch. A tick or execution report whose sequence its terminal already passed
 * is a second copy (a batch rewritten into a new segment after a failed fsync) and is skipped, so
 * every visitor sees each record once.
 */
public final class JournalReader {
  private JournalReader() {}

  public static void read(Path dir, JournalVisitor visitor) {
    Map<TerminalKey, Long> lastSeq = new HashMap<>();
    for (Path segment : Segments.list(dir)) {
      try {
        readSegment(
            ByteBuffer.wrap(Files.readAllBytes(segment)).order(ByteOrder.LITTLE_ENDIAN),
            visitor,
            lastSeq);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + segment, e);
      }
    }
  }

  private static void readSegment(
      ByteBuffer b, JournalVisitor visitor, Map<TerminalKey, Long> lastSeq) {
    Map<Integer, TerminalKey> terminals = new HashMap<>();
    Map<Integer, Integer> streamTerminal = new HashMap<>();
    Map<Integer, String> streamSymbol = new HashMap<>();
    CRC32C crc = new CRC32C();
    int at = 0;
    while (at + HEAD <= b.limit()) {
      int length = b.getInt(at);
      if (length < HEAD || at + length > b.limit() || !crcOk(b, at, length, crc)) {
        return;
      }
      int body = at + HEAD;
      switch (b.get(at + 8)) {
        case TERMINAL -> {
          TerminalKey key =
              new TerminalKey(
                  TenantId.of(Ascii.read(b, body + 20, 40, false)), b.getLong(body + 4));
          terminals.put(b.getInt(body), key);
          visitor.checkpoint(key, b.getLong(body + 12));
        }
        case STREAM -> {
          streamTerminal.put(b.getInt(body), b.getInt(body + 4));
          streamSymbol.put(b.getInt(body), Ascii.read(b, body + 8, 32, false));
        }
        case TICK -> {
          int stream = b.getInt(body);
          TerminalKey terminal = terminals.get(streamTerminal.get(stream));
          if (!first(lastSeq, terminal, b.getLong(body + 4))) {
            break;
          }
          visitor.tick(
              terminal,
              streamSymbol.get(stream),
              b.getLong(body + 4),
              b.getLong(body + 12),
              b.getDouble(body + 20),
              b.getDouble(body + 28),
              b.getDouble(body + 36),
              b.getLong(body + 44),
              b.getInt(body + 52));
        }
        case EXECUTION -> {
          TerminalKey terminal = terminals.get(b.getInt(body));
          if (!first(lastSeq, terminal, b.getLong(body + 4))) {
            break;
          }
          ByteBuffer frame =
              b.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(body + 12).limit(at + length);
          visitor.execution(
              terminal,
              b.getLong(body + 4),
              (ExecutionReport)
                  FrameDecoder.decode(
                      frame.slice().order(ByteOrder.LITTLE_ENDIAN), Integer.MAX_VALUE));
        }
        default -> {
          return;
        }
      }
      at += length;
    }
  }

  private static boolean first(Map<TerminalKey, Long> lastSeq, TerminalKey terminal, long seq) {
    Long last = lastSeq.get(terminal);
    if (last != null && seq <= last) {
      return false;
    }
    lastSeq.put(terminal, seq);
    return true;
  }

  private static boolean crcOk(ByteBuffer b, int at, int length, CRC32C crc) {
    crc.reset();
    crc.update(b.duplicate().position(at + 8).limit(at + length));
    return (int) crc.getValue() == b.getInt(at + 4);
  }
}

package id.nusatrade.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Listing, ordering and pruning journal segment files. */
final class Segments {
  private Segments() {}

  static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> JournalFormat.isSegment(p.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long newest(Path dir) {
    List<Path> all = list(dir);
    return all.isEmpty() ? 0 : JournalFormat.segmentNumber(all.getLast().getFileName().toString());
  }

  static void deleteAllBut(Path dir, int retain) throws IOException {
    List<Path> all = list(dir);
    for (int i = 0; i < all.size() - retain; i++) {
      Files.deleteIfExists(all.get(i));
    }
  }

  /** Forces every segment to disk (at startup, before trusting what they hold). */
  static void forceAll(Path dir) {
    for (Path segment : list(dir)) {
      try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
        ch.force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot fsync journal segment " + segment, e);
      }
    }
  }

  /** Makes a new file's directory entry durable too. */
  static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }
}

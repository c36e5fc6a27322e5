package id.nusatrade.gateway.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens a new segment file for writing. A seam so tests can hand the writer a channel whose writes
 * or fsyncs fail, the way a full or failing disk does, without root or a special file system.
 */
@FunctionalInterface
public interface JournalChannels {
  JournalChannels FILES =
      file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  FileChannel create(Path file) throws IOException;
}

package id.nusatrade.gateway.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * A disk that can be told to fail: segment channels opened through it write and fsync for real
 * until {@link #failWrites} or {@link #failFsyncs} is set, then throw as a failing device does. A
 * failing write first writes half of what it was given (a torn record), like a short write before
 * EIO.
 */
public final class FailingDisk implements JournalChannels {
  public volatile boolean failWrites;
  public volatile boolean failFsyncs;
  public volatile boolean failOpens;
  int fsyncs;
  int failedCalls;

  @Override
  public FileChannel create(Path file) throws IOException {
    if (failOpens) {
      failedCalls++;
      throw new IOException("EIO: cannot create " + file);
    }
    return new Channel(FILES.create(file));
  }

  private final class Channel extends FileChannel {
    private final FileChannel real;

    Channel(FileChannel real) {
      this.real = real;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      if (failWrites) {
        failedCalls++;
        ByteBuffer half = src.duplicate().limit(src.position() + src.remaining() / 2);
        src.position(src.position() + real.write(half));
        throw new IOException("EIO: write failed");
      }
      return real.write(src);
    }

    @Override
    public void force(boolean metaData) throws IOException {
      if (failFsyncs) {
        failedCalls++;
        throw new IOException("EIO: fsync failed");
      }
      fsyncs++;
      real.force(metaData);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return real.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return real.read(dsts, offset, length);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      throw new IOException("gathering writes are not used by the journal");
    }

    @Override
    public long position() throws IOException {
      return real.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      real.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return real.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      real.truncate(size);
      return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
        throws IOException {
      return real.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
        throws IOException {
      return real.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return real.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      throw new IOException("positional writes are not used by the journal");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return real.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return real.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return real.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      real.close();
    }
  }
}

package id.nusatrade.gateway.sim;

import id.nusatrade.gateway.protocol.Frame;
import id.nusatrade.gateway.protocol.FrameDecoder;
import id.nusatrade.gateway.protocol.FrameHeader;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads whole frames from a socket stream; a read timeout returns null without losing bytes. */
final class FrameInput {
  private final InputStream in;
  private int maxFrame;
  private ByteBuffer buf;

  FrameInput(InputStream in, int maxFrame) {
    this.in = in;
    this.maxFrame = maxFrame;
    this.buf = ByteBuffer.allocate(2 * maxFrame).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** WELCOME's frame limit: larger frames are refused, the buffer holds two of them. */
  void limit(int maxFrameBytes) {
    maxFrame = maxFrameBytes;
    if (buf.capacity() < 2 * maxFrameBytes) {
      ByteBuffer bigger = ByteBuffer.allocate(2 * maxFrameBytes).order(ByteOrder.LITTLE_ENDIAN);
      buf.flip();
      bigger.put(buf);
      buf = bigger;
    }
  }

  Frame next() throws IOException {
    while (true) {
      int len = FrameHeader.complete(buf, 0, buf.position(), maxFrame);
      if (len > 0) {
        Frame f = FrameDecoder.decodeAt(buf, 0, len);
        buf.flip().position(len);
        buf.compact();
        return f;
      }
      int n;
      try {
        n = in.read(buf.array(), buf.position(), buf.remaining());
      } catch (SocketTimeoutException e) {
        return null;
      }
      if (n < 0) {
        throw new IOException("gateway closed the connection");
      }
      buf.position(buf.position() + n);
    }
  }
}

package id.nusatrade.gateway.net;

import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.protocol.Frame;
import id.nusatrade.gateway.protocol.FrameEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One socket: fixed input and output buffers (no growth: a peer that will not read its ACKs is
 * closed, not buffered for), handshake state and the authenticated terminal. Socket thread only.
 */
final class Connection {
  enum State {
    AWAIT_HELLO,
    AUTHENTICATING,
    OPEN,
    CLOSED
  }

  final SocketChannel channel;
  final SelectionKey key;
  final ByteBuffer in;
  final ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
  State state = State.AWAIT_HELLO;
  Terminal terminal;

  /** The protocol version the EA said in its HELLO (0 before). */
  int version;

  int readPos;
  boolean paused;
  long lastAckSent;
  long lastInboundNanos;
  long lastOutboundNanos;

  Connection(SocketChannel channel, SelectionKey key, int maxFrame, long now) {
    this.channel = channel;
    this.key = key;
    this.in =
        ByteBuffer.allocateDirect(Math.max(2 * maxFrame, 64 * 1024)).order(ByteOrder.LITTLE_ENDIAN);
    this.lastInboundNanos = now;
    this.lastOutboundNanos = now;
  }

  /** Queues a frame; false if the peer is so far behind that the output buffer is full. */
  boolean queue(Frame frame, long now) {
    if (out.remaining() < 1024) {
      flush();
      if (out.remaining() < 1024) {
        return false;
      }
    }
    FrameEncoder.encode(frame, out);
    lastOutboundNanos = now;
    return true;
  }

  void flush() {
    if (out.position() == 0 || state == State.CLOSED) {
      return;
    }
    out.flip();
    try {
      channel.write(out);
    } catch (IOException e) {
      out.clear();
      return;
    }
    out.compact();
    interest();
  }

  /** Moves unread bytes to the front so a whole frame always fits. */
  void compactInput() {
    if (readPos == in.position()) {
      in.clear();
    } else if (readPos > 0) {
      int end = in.position();
      in.position(readPos).limit(end);
      in.compact();
    }
    readPos = 0;
  }

  void interest() {
    if (!key.isValid()) {
      return;
    }
    int ops =
        (state == State.OPEN || state == State.AWAIT_HELLO) && !paused ? SelectionKey.OP_READ : 0;
    if (out.position() > 0) {
      ops |= SelectionKey.OP_WRITE;
    }
    key.interestOps(ops);
  }
}

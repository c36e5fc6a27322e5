package id.nusatrade.gateway.net;

import static id.nusatrade.gateway.protocol.FrameLayout.*;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import id.nusatrade.gateway.pipeline.Terminal;
import id.nusatrade.gateway.pipeline.TickSlot;
import id.nusatrade.gateway.protocol.Ascii;
import id.nusatrade.gateway.protocol.ErrorCode;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.ProtocolException;
import id.nusatrade.gateway.protocol.TickView;
import java.nio.ByteBuffer;

/**
 * Copies a TICK frame's fields straight from the socket buffer into a claimed ring slot. Returns
 * false when the ring is full: the caller pauses the connection and retries the same frame later.
 */
final class RingWriter {
  private final RingBuffer<TickSlot> ring;
  private final StreamRegistry registry;

  RingWriter(RingBuffer<TickSlot> ring, StreamRegistry registry) {
    this.ring = ring;
    this.registry = registry;
  }

  boolean tick(Terminal t, ByteBuffer b, int at, long seq) {
    int stream = streamOf(t, b, at + TICK_SYMBOL);
    long slotSeq;
    try {
      slotSeq = ring.tryNext();
    } catch (InsufficientCapacityException full) {
      return false;
    }
    TickSlot s = ring.get(slotSeq);
    s.kind = TickSlot.TICK;
    s.terminal = t.index();
    s.stream = stream;
    s.seq = seq;
    s.timeMillis = TickView.time(b, at);
    s.bid = TickView.bid(b, at);
    s.ask = TickView.ask(b, at);
    s.last = TickView.last(b, at);
    s.volume = TickView.volume(b, at);
    s.flags = TickView.flags(b, at);
    s.verdict = 0;
    s.report = null;
    s.receivedNanos = System.nanoTime();
    ring.publish(slotSeq);
    return true;
  }

  boolean execution(Terminal t, ExecutionReport report) {
    long slotSeq;
    try {
      slotSeq = ring.tryNext();
    } catch (InsufficientCapacityException full) {
      return false;
    }
    TickSlot s = ring.get(slotSeq);
    s.kind = TickSlot.EXECUTION;
    s.terminal = t.index();
    s.seq = report.seq();
    s.report = report;
    s.receivedNanos = System.nanoTime();
    ring.publish(slotSeq);
    return true;
  }

  private int streamOf(Terminal t, ByteBuffer b, int symbolAt) {
    int stream = t.symbols().find(b, symbolAt);
    if (stream >= 0) {
      return stream;
    }
    String symbol = Ascii.read(b, symbolAt, SYMBOL_WIDTH, false);
    stream = registry.addStream(t.index(), symbol);
    if (stream < 0) {
      throw new ProtocolException(ErrorCode.TOO_MANY_SYMBOLS, "stream table full");
    }
    t.symbols().put(b, symbolAt, stream);
    return stream;
  }
}

package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.gateway.journal.JournalWriter;

/**
 * Makes each batch durable, then lets the socket thread acknowledge it: acknowledgement means "on
 * disk", so nothing acknowledged is lost by a crash. Without a journal (benchmarks of the market
 * path only) acknowledgement means "taken into the ring".
 */
public final class JournalHandler implements EventHandler<TickSlot> {
  private final StreamRegistry registry;
  private final JournalWriter writer;
  private final Runnable ackSignal;
  private final long[] batchMax;
  private final int[] touched;
  private int touchedCount;

  public JournalHandler(StreamRegistry registry, JournalWriter writer, Runnable ackSignal) {
    this.registry = registry;
    this.writer = writer;
    this.ackSignal = ackSignal;
    this.batchMax = new long[registry.maxTerminals()];
    this.touched = new int[registry.maxTerminals()];
  }

  @Override
  public void onEvent(TickSlot s, long sequence, boolean endOfBatch) {
    if (writer != null) {
      if (s.kind == TickSlot.TICK) {
        writer.appendTick(s.stream, s.seq, s.timeMillis, s.bid, s.ask, s.last, s.volume, s.flags);
      } else {
        writer.appendExecution(s.terminal, s.seq, s.report);
      }
    }
    if (batchMax[s.terminal] == 0) {
      touched[touchedCount++] = s.terminal;
    }
    batchMax[s.terminal] = s.seq;
    if (endOfBatch) {
      endBatch();
    }
  }

  private void endBatch() {
    if (writer != null) {
      writer.sync();
    }
    for (int i = 0; i < touchedCount; i++) {
      int t = touched[i];
      registry.terminalAt(t).markDurable(batchMax[t]);
      batchMax[t] = 0;
    }
    touchedCount = 0;
    ackSignal.run();
  }
}

package id.nusatrade.gateway.pipeline;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.gateway.journal.Backoff;
import id.nusatrade.gateway.journal.ExecutionOutbox;
import id.nusatrade.gateway.journal.JournalWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes each batch durable, then lets the socket thread acknowledge it: acknowledgement means "on
 * disk", so nothing acknowledged is lost by a crash. Without a journal (benchmarks of the market
 * path only) acknowledgement means "taken into the ring".
 *
 * <p>When the disk fails the batch is not acknowledged: the handler retries the sync with backoff
 * until it succeeds (the writer keeps the records), and meanwhile {@link #failing()} is true so the
 * socket thread refuses terminals. The ring fills behind the waiting handler and the socket thread
 * stops reading (backpressure); the EA keeps every unacknowledged frame and resends it after a
 * reconnect, so a failing disk delays data but never acknowledges a record that is not on disk.
 *
 * <p>Execution reports of a batch go to the {@link ExecutionOutbox} once the batch is durable, and
 * only then: the bus never carries a report the journal could lose.
 */
public final class JournalHandler implements EventHandler<TickSlot> {
  private static final Logger LOG = Logger.getLogger(JournalHandler.class.getName());

  /** 10 ms doubling to 1 s between sync attempts. */
  public static final Backoff BACKOFF = Backoff.exponential(10, 1_000);

  private final StreamRegistry registry;
  private final JournalWriter writer;
  private final Runnable ackSignal;
  private final Backoff backoff;
  private ExecutionOutbox outbox;
  private final List<ExecutionOutbox.Pending> batchExecutions = new ArrayList<>();
  private final FailureLog failures =
      new FailureLog(LOG, "journal sync", Clock.systemUTC(), Duration.ofMinutes(1));
  private final long[] batchMax;
  private final int[] touched;
  private int touchedCount;
  private volatile boolean failing;
  private volatile boolean stopped;

  public JournalHandler(StreamRegistry registry, JournalWriter writer, Runnable ackSignal) {
    this(registry, writer, ackSignal, BACKOFF);
  }

  public JournalHandler(
      StreamRegistry registry, JournalWriter writer, Runnable ackSignal, Backoff backoff) {
    this.registry = registry;
    this.writer = writer;
    this.ackSignal = ackSignal;
    this.backoff = backoff;
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
    if (s.kind == TickSlot.EXECUTION && outbox != null) {
      batchExecutions.add(
          new ExecutionOutbox.Pending(registry.terminalAt(s.terminal).key(), s.seq, s.report));
    }
    if (batchMax[s.terminal] == 0) {
      touched[touchedCount++] = s.terminal;
    }
    batchMax[s.terminal] = s.seq;
    if (endOfBatch) {
      endBatch();
    }
  }

  /** Where durable execution reports go (before the ring starts). */
  public void executionsTo(ExecutionOutbox outbox) {
    this.outbox = outbox;
  }

  /** True while the journal cannot write: terminals are refused until a sync succeeds again. */
  public boolean failing() {
    return failing;
  }

  /** Failed sync attempts since start. */
  public long failures() {
    return failures.count();
  }

  /** Ends a retry loop at shutdown: the batch stays unacknowledged (the EA resends it). */
  public void stop() {
    stopped = true;
  }

  private void endBatch() {
    if (writer != null && !syncUntilDurable()) {
      return;
    }
    for (int i = 0; i < touchedCount; i++) {
      int t = touched[i];
      registry.terminalAt(t).markDurable(batchMax[t]);
      batchMax[t] = 0;
    }
    touchedCount = 0;
    for (int i = 0; i < batchExecutions.size(); i++) {
      outbox.durable(batchExecutions.get(i));
    }
    batchExecutions.clear();
    ackSignal.run();
  }

  private boolean syncUntilDurable() {
    for (int attempt = 1; ; attempt++) {
      try {
        writer.sync();
        failing = false;
        return true;
      } catch (UncheckedIOException e) {
        failing = true;
        failures.record(e);
      }
      try {
        backoff.pause(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (stopped) {
        return false;
      }
    }
  }
}

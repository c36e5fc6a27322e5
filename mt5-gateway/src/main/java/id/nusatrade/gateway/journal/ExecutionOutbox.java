package id.nusatrade.gateway.journal;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.ExecutionEvents;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.terminal.TerminalKey;
import id.nusatrade.messaging.Resends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Execution reports carry money, so they leave the gateway at least once, never at most once: a
 * report is handed here only once it is durable in the journal (the EA has or will get its ACK),
 * published in one bus transaction per batch, and retried with backoff until the bus commits. After
 * each commit the highest published sequence per terminal is written to {@code
 * executions-published} in the journal folder (write, fsync, atomic rename). At startup every
 * journaled report above that mark is handed in again, so a report acknowledged to the EA but not
 * yet on the bus at a crash is published after the restart. A report can reach the bus twice (a
 * crash between the commit and the mark); its event id and {@code executionId} are the same both
 * times, and the consumer applies an execution id once.
 */
public final class ExecutionOutbox implements AutoCloseable {
  static final String MARK_FILE = "executions-published";
  private static final Logger LOG = Logger.getLogger(ExecutionOutbox.class.getName());
  private static final int MAX_BATCH = 100;

  /** One durable report waiting for the bus. */
  public record Pending(TerminalKey terminal, long seq, ExecutionReport report) {}

  /** 50 ms doubling to 1 s between publish attempts (short: closing waits for the current one). */
  public static final Backoff BACKOFF = Backoff.exponential(50, 1_000);

  private final Path dir;
  private final EventPublisher publisher;
  private final Backoff backoff;
  private final FailureLog failures;
  private final Map<TerminalKey, Long> published;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final AtomicLong publishedCount = new AtomicLong();
  private long resent;
  private final Thread thread;
  private volatile boolean running = true;

  /** {@code dir} null: no journal, so nothing to resend after a restart (benchmarks). */
  public ExecutionOutbox(Path dir, EventPublisher publisher, Clock clock, Backoff backoff) {
    this.dir = dir;
    this.publisher = publisher;
    this.backoff = backoff;
    this.failures =
        new FailureLog(LOG, "execution report publishing", clock, Duration.ofMinutes(1));
    this.published = dir == null ? new HashMap<>() : readMark(dir.resolve(MARK_FILE));
    this.thread = Thread.ofPlatform().daemon().name("gateway-executions").unstarted(this::run);
  }

  public ExecutionOutbox start() {
    thread.start();
    return this;
  }

  /** A report read from the journal at startup: queued unless the bus already committed it. */
  public void recovered(TerminalKey terminal, long seq, ExecutionReport report) {
    if (seq > published.getOrDefault(terminal, 0L)) {
      queue.add(new Pending(terminal, seq, report));
      resent++;
    }
  }

  /** Journaled reports queued again at startup because the bus had not committed them. */
  public long resent() {
    return resent;
  }

  /** A report the journal has just made durable (called by the journal handler after fsync). */
  public void durable(Pending p) {
    queue.add(p);
  }

  /** Reports committed on the bus since start. */
  public long published() {
    return publishedCount.get();
  }

  /** Reports durable but not yet committed on the bus. */
  public int pending() {
    return queue.size();
  }

  public FailureLog failures() {
    return failures;
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (running) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        publishUntilCommitted(batch);
        batch.clear();
      } catch (InterruptedException e) {
        return; // closed: what is left is still in the journal above the mark
      }
    }
  }

  private void publishUntilCommitted(List<Pending> batch) throws InterruptedException {
    List<EventEnvelope> events = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      TenantId tenant = p.terminal().tenant();
      events.add(ExecutionEvents.reported(tenant, p.terminal().account(), p.seq(), p.report()));
    }
    for (int attempt = 1; ; attempt++) {
      try {
        Resends.publishSkippingDuplicates(publisher, events); // taken before: what the mark says
        break;
      } catch (RuntimeException e) {
        failures.record(e);
        backoff.pause(attempt);
        if (!running) {
          throw new InterruptedException("closed");
        }
      }
    }
    for (Pending p : batch) {
      published.merge(p.terminal(), p.seq(), Math::max);
    }
    if (dir != null) {
      writeMark();
    }
    publishedCount.addAndGet(batch.size());
  }

  private void writeMark() {
    StringBuilder text = new StringBuilder();
    published.forEach(
        (t, seq) ->
            text.append(t.tenant())
                .append(' ')
                .append(t.account())
                .append(' ')
                .append(seq)
                .append('\n'));
    Path tmp = dir.resolve(MARK_FILE + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.US_ASCII);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, dir.resolve(MARK_FILE), StandardCopyOption.ATOMIC_MOVE);
      Segments.syncDirectory(dir);
    } catch (IOException e) {
      // the reports are on the bus; a stale mark only means they are sent again after a restart
      failures.record(new UncheckedIOException("cannot write " + MARK_FILE, e));
    }
  }

  private static Map<TerminalKey, Long> readMark(Path file) {
    Map<TerminalKey, Long> mark = new HashMap<>();
    if (!Files.exists(file)) {
      return mark;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        String[] f = line.trim().split(" ");
        if (f.length == 3) {
          mark.put(new TerminalKey(TenantId.of(f[0]), Long.parseLong(f[1])), Long.parseLong(f[2]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return mark;
  }

  /**
   * Stops after the publish attempt in progress (no interrupt: it would close the mark's file
   * channel under a committed batch); what is not committed stays above the mark for next start.
   */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

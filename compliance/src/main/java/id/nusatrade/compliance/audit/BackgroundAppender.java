package id.nusatrade.compliance.audit;

import id.nusatrade.domain.audit.AuditEvent;
import id.nusatrade.domain.audit.AuditTrail;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Appends events that anyone on the internet can cause (401 denials) without letting them serialise
 * on the chain head: the caller only offers the event to a bounded queue and returns at once; one
 * writer thread appends, so denials hold the head lock for at most one append at a time and a flood
 * cannot make legitimate appends (logins, reads) wait behind it. When the queue is full the event
 * is dropped and counted, and the writer records the count as one {@code audit.dropped} event: a
 * flood shows in the chain as its size, not as a million rows.
 */
public final class BackgroundAppender implements AutoCloseable {
  public static final String DROPPED_ACTION = "audit.dropped";
  private static final Logger LOG = Logger.getLogger(BackgroundAppender.class.getName());

  private final AuditTrail trail;
  private final Clock clock;
  private final String subject;
  private final BlockingQueue<AuditEvent> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong droppedTotal = new AtomicLong();
  private final AtomicLong appendFailures = new AtomicLong();
  private final Thread writer;
  private volatile boolean running = true;

  /**
   * @param subject what the dropped events were, e.g. {@code access.unauthenticated}
   */
  public BackgroundAppender(AuditTrail trail, Clock clock, String subject, int capacity) {
    this.trail = trail;
    this.clock = clock;
    this.subject = subject;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = Thread.ofPlatform().daemon().name("audit-" + subject).start(this::drain);
  }

  /** Never blocks: true if queued, false if dropped (queue full or closed). */
  public boolean offer(AuditEvent event) {
    if (running && queue.offer(event)) {
      return true;
    }
    dropped.incrementAndGet();
    droppedTotal.incrementAndGet();
    return false;
  }

  /** Events dropped since start (full queue): the flood's size. */
  public long droppedTotal() {
    return droppedTotal.get();
  }

  /** Appends the store refused (logged with their cause). */
  public long appendFailures() {
    return appendFailures.get();
  }

  /** Events waiting to be appended. */
  public int pending() {
    return queue.size();
  }

  private void drain() {
    while (running || !queue.isEmpty()) {
      try {
        AuditEvent next = queue.poll(200, TimeUnit.MILLISECONDS);
        if (next != null) {
          append(next);
        }
        recordDrops();
      } catch (InterruptedException e) {
        running = false;
      }
    }
    recordDrops();
  }

  private void recordDrops() {
    long count = dropped.getAndSet(0);
    if (count > 0) {
      String payload = "{\"dropped\":" + count + ",\"of\":\"" + subject + "\"}";
      append(new AuditEvent(null, "system", DROPPED_ACTION, subject, clock.instant(), payload));
    }
  }

  private void append(AuditEvent event) {
    try {
      trail.append(event);
    } catch (RuntimeException e) {
      if (appendFailures.getAndIncrement() % 1_000 == 0) { // the first of every thousand
        LOG.log(Level.SEVERE, "audit record lost: " + event.action() + " " + event.subject(), e);
      }
    }
  }

  /** Appends what is queued, then stops the writer. */
  @Override
  public void close() {
    running = false;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

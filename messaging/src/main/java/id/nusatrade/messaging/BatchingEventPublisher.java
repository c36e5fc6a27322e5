package id.nusatrade.messaging;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Decorator for hot producers (ticks, bars, indicators): {@code publish} only puts the event in a
 * bounded in-memory queue (no I/O, no allocation); one flusher thread hands the events to the
 * delegate in batches, in arrival order, when {@code maxBatchSize} is reached, when {@code
 * maxDelay} has passed since the batch's first event, or at an end of batch ({@link #endOfBatch},
 * {@link #publishBatch}). A full queue blocks the producer (back-pressure). A failed batch is
 * retried with backoff until it goes through, so a broker outage delays events instead of dropping
 * them; events still in memory are lost if the process dies, so use the delegate directly where one
 * event must never be lost.
 */
public final class BatchingEventPublisher implements EventPublisher, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(BatchingEventPublisher.class.getName());
  private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  /** Marker in the queue meaning "flush what came before me now"; never published. */
  private static final EventEnvelope END_OF_BATCH =
      new EventEnvelope(
          new UUID(0, 0), new TenantId(new UUID(0, 0)), "internal.flush", Instant.EPOCH, 1, "{}");

  private final EventPublisher delegate;
  private final int maxBatchSize;
  private final long maxDelayNanos;
  private final BlockingQueue<EventEnvelope> queue;
  private final List<EventEnvelope> batch;
  private final FlushProgress progress = new FlushProgress();
  private final Thread flusher;
  private volatile boolean closed;

  public BatchingEventPublisher(
      EventPublisher delegate, int maxBatchSize, Duration maxDelay, int capacity) {
    if (maxBatchSize < 1 || capacity < maxBatchSize) {
      throw new IllegalArgumentException("need 1 <= maxBatchSize <= capacity");
    }
    this.delegate = delegate;
    this.maxBatchSize = maxBatchSize;
    this.maxDelayNanos = maxDelay.toNanos();
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batch = new ArrayList<>(maxBatchSize);
    this.flusher = Thread.ofPlatform().name("event-flusher").daemon().start(this::run);
  }

  @Override
  public void publish(EventEnvelope event) {
    enqueue(event);
    progress.accepted();
  }

  /** Queues the events and flushes them without waiting for more. */
  @Override
  public void publishBatch(List<EventEnvelope> events) {
    for (EventEnvelope event : events) {
      publish(event);
    }
    endOfBatch();
  }

  /** Tells the flusher the producer's current batch is complete (Disruptor's endOfBatch). */
  public void endOfBatch() {
    enqueue(END_OF_BATCH);
  }

  /**
   * Flushes and waits until every event accepted before this call has been handed to the delegate.
   *
   * @return false if that did not happen within the timeout
   */
  public boolean flush(Duration timeout) throws InterruptedException {
    long target = progress.acceptedCount();
    endOfBatch();
    return progress.awaitPublished(target, timeout);
  }

  private void enqueue(EventEnvelope event) {
    if (closed) {
      throw new IllegalStateException("publisher is closed");
    }
    try {
      queue.put(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventBusException("interrupted while queueing an event", e);
    }
  }

  private void run() {
    try {
      while (!closed || !queue.isEmpty()) {
        EventEnvelope first = queue.poll(IDLE_POLL_NANOS, TimeUnit.NANOSECONDS);
        if (first != null) {
          collect(first);
          publishWithRetry();
        }
      }
    } catch (InterruptedException e) {
      LOG.log(Level.ERROR, "event flusher interrupted; " + queue.size() + " events not published");
    }
  }

  /** Fills the batch until it is full, the delay is over or an end-of-batch marker arrives. */
  private void collect(EventEnvelope first) throws InterruptedException {
    long deadline = System.nanoTime() + maxDelayNanos;
    EventEnvelope next = first;
    while (next != null && next != END_OF_BATCH) {
      batch.add(next);
      long remaining = deadline - System.nanoTime();
      if (batch.size() >= maxBatchSize || remaining <= 0) {
        return;
      }
      next = queue.poll(remaining, TimeUnit.NANOSECONDS);
    }
  }

  private void publishWithRetry() throws InterruptedException {
    if (batch.isEmpty()) {
      return;
    }
    long backoff = 100;
    while (true) {
      try {
        delegate.publishBatch(batch);
        progress.published(batch.size());
        batch.clear();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "publishing " + batch.size() + " events failed; retrying", e);
        TimeUnit.MILLISECONDS.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  /** Stops accepting events, publishes what is queued and waits for the flusher. */
  @Override
  public void close() {
    closed = true;
    try {
      flusher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      flusher.interrupt();
    }
  }
}

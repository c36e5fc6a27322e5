package id.nusatrade.gateway.events;

import com.lmax.disruptor.EventHandler;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.gateway.health.FailureLog;
import id.nusatrade.gateway.pipeline.StreamRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The event ring's consumer, on its own thread: builds envelopes and hands them to the bus in one
 * {@code publishBatch} per batch it finds on the ring (at most {@code maxBatch} events each). A
 * slow or failing bus delays only this thread, never the market handler. A failed batch is counted
 * and dropped: the ticks behind it are in the journal.
 */
public final class EventPublishing implements EventHandler<EventSlot> {
  private static final Logger LOG = Logger.getLogger(EventPublishing.class.getName());
  private final EventPublisher publisher;
  private final EventEnvelopes envelopes;
  private final int maxBatch;
  private final List<EventEnvelope> batch = new ArrayList<>();
  private final AtomicLong published = new AtomicLong();
  private final FailureLog failures =
      new FailureLog(LOG, "event publishing", Clock.systemUTC(), Duration.ofMinutes(1));

  public EventPublishing(EventPublisher publisher, StreamRegistry registry, int maxBatch) {
    this.publisher = publisher;
    this.envelopes = new EventEnvelopes(registry);
    this.maxBatch = maxBatch;
  }

  @Override
  public void onEvent(EventSlot slot, long sequence, boolean endOfBatch) {
    batch.add(envelopes.of(slot));
    slot.report = null; // do not keep a report alive until the slot is reused
    if (endOfBatch || batch.size() >= maxBatch) {
      flush();
    }
  }

  private void flush() {
    try {
      publisher.publishBatch(List.copyOf(batch));
      published.addAndGet(batch.size());
    } catch (RuntimeException e) {
      failures.record(e);
    }
    batch.clear();
  }

  public long published() {
    return published.get();
  }

  public long failedBatches() {
    return failures.count();
  }

  public FailureLog failures() {
    return failures;
  }
}

package id.nusatrade.gateway.events;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Null object for a gateway run without a bus (replays, benchmarks): counts and drops. */
public final class DiscardingEventPublisher implements EventPublisher {
  private final LongAdder count = new LongAdder();

  @Override
  public void publish(EventEnvelope event) {
    count.increment();
  }

  @Override
  public void publishBatch(List<EventEnvelope> events) {
    count.add(events.size());
  }

  public long count() {
    return count.sum();
  }
}

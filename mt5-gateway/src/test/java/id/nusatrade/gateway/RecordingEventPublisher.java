package id.nusatrade.gateway;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps every published batch, to assert on what left the fast path and in how many batches. */
public final class RecordingEventPublisher implements EventPublisher {
  private final List<List<EventEnvelope>> batches = new ArrayList<>();

  @Override
  public synchronized void publish(EventEnvelope event) {
    batches.add(List.of(event));
  }

  @Override
  public synchronized void publishBatch(List<EventEnvelope> events) {
    batches.add(List.copyOf(events));
  }

  public synchronized List<EventEnvelope> events() {
    return batches.stream().flatMap(List::stream).toList();
  }

  public synchronized List<EventEnvelope> ofType(String type) {
    return events().stream().filter(e -> e.type().equals(type)).toList();
  }

  public synchronized int batchCount() {
    return batches.size();
  }
}

package id.nusatrade.workers;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps what workers publish, for assertions. */
public final class RecordingPublisher implements EventPublisher {
  public final List<EventEnvelope> events = new ArrayList<>();

  @Override
  public void publish(EventEnvelope event) {
    events.add(event);
  }

  @Override
  public void publishBatch(List<EventEnvelope> batch) {
    events.addAll(batch);
  }
}

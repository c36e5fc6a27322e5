package id.nusatrade.domain.event;

import java.util.List;

/** Port: publishes events durably. A batch is delivered all or nothing. */
public interface EventPublisher {
  void publish(EventEnvelope event);

  void publishBatch(List<EventEnvelope> events);
}

package id.nusatrade.messaging;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import java.util.List;

/** Publishing events that may have reached the broker before (outboxes after a restart). */
public final class Resends {
  private Resends() {}

  /**
   * One transaction for {@code events}; if the broker refuses it because it already took one of
   * them ({@link DuplicateEventException}), one by one, skipping those it refuses.
   *
   * @return how many the broker refused as already taken
   */
  public static int publishSkippingDuplicates(
      EventPublisher publisher, List<EventEnvelope> events) {
    try {
      publisher.publishBatch(events);
      return 0;
    } catch (DuplicateEventException batchHadOne) {
      int refused = 0;
      for (EventEnvelope e : events) {
        try {
          publisher.publish(e);
        } catch (DuplicateEventException alreadyTaken) {
          refused++;
        }
      }
      return refused;
    }
  }
}

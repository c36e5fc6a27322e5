package id.nusatrade.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.event.EventPublisher;
import id.nusatrade.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchingEventPublisherTest {
  private static final Duration LONG = Duration.ofMinutes(5);
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Records the batches it is handed; can be told to fail the next calls. */
  private static final class RecordingPublisher implements EventPublisher {
    final List<List<EventEnvelope>> batches = new ArrayList<>();
    int failuresLeft;

    @Override
    public void publish(EventEnvelope event) {
      publishBatch(List.of(event));
    }

    @Override
    public synchronized void publishBatch(List<EventEnvelope> events) {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new EventBusException("broker down", null);
      }
      batches.add(List.copyOf(events));
    }

    synchronized List<List<EventEnvelope>> batches() {
      return List.copyOf(batches);
    }

    synchronized List<EventEnvelope> all() {
      return batches.stream().flatMap(List::stream).toList();
    }
  }

  private static List<EventEnvelope> events(int count) {
    TenantId tenant = TenantId.random();
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new EventEnvelope(
                    UUID.randomUUID(),
                    tenant,
                    "market.tick.received",
                    Instant.EPOCH,
                    1,
                    "{\"seq\":" + i + "}"))
        .toList();
  }

  @Test
  void handsEventsOverInFullBatchesOfTheThresholdSize() throws Exception {
    RecordingPublisher delegate = new RecordingPublisher();
    List<EventEnvelope> events = events(25);
    try (var publisher = new BatchingEventPublisher(delegate, 10, LONG, 100)) {
      events.forEach(publisher::publish);

      assertThat(publisher.flush(WAIT)).isTrue();
    }

    assertThat(delegate.batches()).extracting(List::size).containsExactly(10, 10, 5);
    assertThat(delegate.all()).containsExactlyElementsOf(events);
  }

  @Test
  void endOfBatchFlushesAPartialBatchWithoutWaitingForTheDelay() throws Exception {
    RecordingPublisher delegate = new RecordingPublisher();
    try (var publisher = new BatchingEventPublisher(delegate, 1000, LONG, 2000)) {
      publisher.publishBatch(events(3));
      publisher.publishBatch(events(4));

      assertThat(publisher.flush(WAIT)).isTrue();
    }

    assertThat(delegate.batches()).extracting(List::size).containsExactly(3, 4);
  }

  @Test
  void theMaximumDelayFlushesAPartialBatchWithoutAnyExplicitFlush() throws Exception {
    RecordingPublisher delegate = new RecordingPublisher();
    try (var publisher = new BatchingEventPublisher(delegate, 1000, Duration.ofMillis(20), 2000)) {
      publisher.publish(events(1).getFirst());

      assertThat(Await.until(() -> !delegate.batches().isEmpty(), WAIT)).isTrue();
    }

    assertThat(delegate.batches()).hasSize(1);
  }

  @Test
  void aFailedBatchIsRetriedInsteadOfDropped() throws Exception {
    RecordingPublisher delegate = new RecordingPublisher();
    delegate.failuresLeft = 2;
    List<EventEnvelope> events = events(5);
    try (var publisher = new BatchingEventPublisher(delegate, 10, LONG, 100)) {
      publisher.publishBatch(events);

      assertThat(publisher.flush(WAIT)).isTrue();
    }

    assertThat(delegate.all()).containsExactlyElementsOf(events);
  }

  @Test
  void closePublishesWhatIsStillQueued() {
    RecordingPublisher delegate = new RecordingPublisher();
    List<EventEnvelope> events = events(7);
    try (var publisher = new BatchingEventPublisher(delegate, 10, Duration.ofMillis(50), 100)) {
      events.forEach(publisher::publish);
    }

    assertThat(delegate.all()).containsExactlyElementsOf(events);
  }
}

package id.nusatrade.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.Await;
import id.nusatrade.messaging.BatchingEventPublisher;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPublishKeepsOrderIT {
  private static final int EVENTS = 10_000;
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path journal;
  private BusFixture bus;
  private EventConsumer consumer;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startBrokerAndConsumer() throws Exception {
    bus = new BusFixture(journal, EventBusTopology.defaults());
    consumer =
        bus.consumers.start(
            ConsumerSource.subscription(EventRouting.MARKET_TICKS, "order-check"),
            event -> received.add(JSON.readTree(event.payload())));
  }

  @AfterEach
  void stop() throws Exception {
    consumer.close();
    bus.close();
  }

  @Test
  void tenThousandEventsInOneTransactionArriveAllAndInOrder() {
    List<EventEnvelope> events = ticks("single", EVENTS);
    long start = System.nanoTime();
    try (ArtemisEventPublisher publisher = bus.publisher()) {
      publisher.publishBatch(events);
    }
    report("publishBatch, one commit", start);

    awaitAll();
    assertThat(sequencesByProducer()).containsExactly(Map.entry("single", range(EVENTS)));
  }

  @Test
  void twoHotProducersThroughTheBatchingPublisherKeepTheirOwnOrder() throws Exception {
    int perProducer = EVENTS / 2;
    long start = System.nanoTime();
    try (ArtemisEventPublisher artemis = bus.publisher();
        BatchingEventPublisher batching =
            new BatchingEventPublisher(artemis, 500, Duration.ofMillis(20), 4_096)) {
      Thread a =
          Thread.ofPlatform().start(() -> ticks("a", perProducer).forEach(batching::publish));
      Thread b =
          Thread.ofPlatform().start(() -> ticks("b", perProducer).forEach(batching::publish));
      a.join();
      b.join();
      assertThat(batching.flush(WAIT)).isTrue();
    }
    report("2 producers via BatchingEventPublisher", start);

    awaitAll();
    assertThat(sequencesByProducer())
        .containsOnly(Map.entry("a", range(perProducer)), Map.entry("b", range(perProducer)));
  }

  private void awaitAll() {
    long start = System.nanoTime();
    assertThat(Await.until(() -> received.size() >= EVENTS, WAIT))
        .as("received %d of %d", received.size(), EVENTS)
        .isTrue();
    report("consumed (batched commits)", start);
  }

  private static List<EventEnvelope> ticks(String producer, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                BusFixture.event(
                    "market.tick.received",
                    "{\"producer\":\"" + producer + "\",\"seq\":" + i + "}"))
        .toList();
  }

  private Map<String, List<Integer>> sequencesByProducer() {
    return received.stream()
        .collect(
            Collectors.groupingBy(
                node -> node.get("producer").asText(),
                Collectors.mapping(node -> node.get("seq").asInt(), Collectors.toList())));
  }

  private static List<Integer> range(int count) {
    return new ArrayList<>(IntStream.range(0, count).boxed().toList());
  }

  private static void report(String what, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(
        "%s: %d events in %.2f s = %.0f events/s%n", what, EVENTS, seconds, EVENTS / seconds);
  }
}

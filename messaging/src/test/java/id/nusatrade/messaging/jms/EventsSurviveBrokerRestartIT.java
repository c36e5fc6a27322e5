package id.nusatrade.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.Await;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsSurviveBrokerRestartIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final EventBusTopology TOPOLOGY = EventBusTopology.defaults();

  @TempDir Path journal;

  @Test
  void anEventPublishedToADurableSubscriptionIsConsumedAfterTheBrokerRestarts() throws Exception {
    ConsumerSource source = ConsumerSource.subscription(EventRouting.MARKET_BARS, "restart-check");
    EventEnvelope event = BusFixture.event("market.bar.closed", "{\"symbol\":\"XAUUSD\"}");
    try (BusFixture bus = new BusFixture(journal, TOPOLOGY)) {
      bus.consumers.start(source, e -> {}).close(); // creates the durable subscription
      try (ArtemisEventPublisher publisher = bus.publisher()) {
        publisher.publish(event);
      }
    }

    assertThat(consumeAfterRestart(source)).containsExactly(event);
  }

  @Test
  void anEventPublishedToTheWorkflowQueueIsConsumedAfterTheBrokerRestarts() throws Exception {
    EventEnvelope event = BusFixture.event("workflow.trade.approval-requested", "{\"n\":1}");
    try (BusFixture bus = new BusFixture(journal, TOPOLOGY);
        ArtemisEventPublisher publisher = bus.publisher()) {
      publisher.publish(event);
    }

    assertThat(consumeAfterRestart(ConsumerSource.queue(EventRouting.WORKFLOW)))
        .containsExactly(event);
  }

  private List<EventEnvelope> consumeAfterRestart(ConsumerSource source) throws Exception {
    List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    try (BusFixture restarted = new BusFixture(journal, TOPOLOGY);
        EventConsumer consumer = restarted.consumers.start(source, received::add)) {
      assertThat(Await.until(() -> !received.isEmpty(), WAIT)).isTrue();
    }
    return received;
  }
}

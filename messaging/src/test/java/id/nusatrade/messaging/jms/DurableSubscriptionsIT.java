package id.nusatrade.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.Await;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An external broker knows nothing of our subscriptions: a topic event sent before the trading
 * engine first subscribes is dropped. The producer creates the queue first ({@link
 * DurableSubscriptions}), here on a real broker started without it, and the event waits for the
 * consumer.
 */
class DurableSubscriptionsIT {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final DurableSubscription EXECUTIONS = DurableSubscription.TRADING_EXECUTIONS;

  /** The defaults without any pre-created subscription, as an external broker is. */
  static final EventBusTopology EXTERNAL =
      EventBusTopology.defaults().withRedelivery(5, Duration.ZERO).withoutSubscriptions();

  @TempDir Path journal;

  @Test
  void aReportSentBeforeTheConsumerFirstSubscribesWaitsOnceTheProducerCreatedTheQueue()
      throws Exception {
    EventEnvelope before = BusFixture.event("trade.execution.reported", "{\"n\":1}");
    EventEnvelope after = BusFixture.event("trade.execution.reported", "{\"n\":2}");
    List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    try (BusFixture bus = new BusFixture(journal, EXTERNAL)) {
      try (ArtemisEventPublisher publisher = bus.publisher()) {
        publisher.publish(before); // no queue on the topic yet: dropped, the gap this closes
      }
      assertThat(DurableSubscriptions.ensure(bus.factory, null, null, List.of(EXECUTIONS)))
          .containsExactly("trading-engine-executions");
      try (ArtemisEventPublisher publisher = bus.publisher()) {
        publisher.publish(after);
      }
      // a second producer start: the queue and the report waiting in it are left alone
      assertThat(DurableSubscriptions.ensure(bus.factory, null, null, List.of(EXECUTIONS)))
          .isEmpty();
      try (EventConsumer consumer =
          bus.consumers.start(
              ConsumerSource.subscription(EXECUTIONS.topic(), EXECUTIONS.name()), received::add)) {
        assertThat(Await.until(() -> !received.isEmpty(), WAIT)).isTrue();
      }
    }
    assertThat(received).containsExactly(after);
  }
}

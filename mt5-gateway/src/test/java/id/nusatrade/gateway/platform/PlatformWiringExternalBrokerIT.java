package id.nusatrade.gateway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.events.ExecutionEvents;
import id.nusatrade.gateway.protocol.ExecutionKind;
import id.nusatrade.gateway.protocol.ExecutionReport;
import id.nusatrade.gateway.protocol.Side;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.ConsumerSource;
import id.nusatrade.messaging.jms.EmbeddedArtemis;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway's publisher on a broker that has no {@code trading-engine-executions} queue (an
 * external broker, here a real one started without it): the wiring creates it before publishing, so
 * a report sent before the trading engine ever subscribed waits for it.
 */
class PlatformWiringExternalBrokerIT {
  static final TenantId TENANT = TenantId.of("4d5e6f70-8192-4a3b-9c4d-5e6f708192a3");
  static final DurableSubscription EXECUTIONS = DurableSubscription.TRADING_EXECUTIONS;

  @TempDir Path broker;

  @Test
  void aReportPublishedBeforeTheTradingEngineSubscribedWaitsForIt() throws Exception {
    EventBusTopology external = EventBusTopology.defaults().withoutSubscriptions();
    ExecutionReport fill =
        new ExecutionReport(
            7,
            ExecutionKind.FILL,
            Side.BUY,
            10009,
            1001,
            1_700_000_040_000L,
            "x-1",
            "EURUSD",
            0.1,
            1.1002,
            List.of());
    EventEnvelope report = ExecutionEvents.reported(TENANT, 5002, 7, fill);
    List<EventEnvelope> received = new CopyOnWriteArrayList<>();
    try (EmbeddedArtemis artemis = EmbeddedArtemis.start(broker, external)) {
      try (ArtemisEventPublisher gateway = PlatformWiring.publisher(artemis.url(), null, null)) {
        gateway.publish(report);
      }
      try (EventConsumer engine =
          new EventConsumers(
                  ArtemisConnections.withoutReconnect(artemis.url(), null, null),
                  new EventMessages(new EventJsonCodec()),
                  external)
              .start(
                  ConsumerSource.subscription(EXECUTIONS.topic(), EXECUTIONS.name()),
                  received::add)) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.isEmpty() && System.nanoTime() < deadline) {
          LockSupport.parkNanos(20_000_000); // poll, deadline above
        }
      }
    }
    assertThat(received).containsExactly(report);
  }
}

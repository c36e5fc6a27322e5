package id.nusatrade.trading.mt5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.domain.trading.ClientOrderId;
import id.nusatrade.domain.trading.OrderIntent;
import id.nusatrade.domain.trading.OrderState;
import id.nusatrade.domain.trading.Side;
import id.nusatrade.messaging.DuplicateEventException;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import id.nusatrade.messaging.jms.ArtemisEventPublisher;
import id.nusatrade.messaging.jms.EmbeddedArtemis;
import id.nusatrade.messaging.jms.EventConsumer;
import id.nusatrade.messaging.jms.EventConsumers;
import id.nusatrade.messaging.jms.EventMessages;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.trading.engine.TradingEngine;
import jakarta.jms.ConnectionFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker: an execution report whose first delivery is rolled back (a crash after the
 * engine applied it, before the commit) is delivered again and fills the order once; the gateway's
 * resend of the same event is refused by the broker's duplicate detection.
 */
class Mt5ExecutionConsumerIT {
  @TempDir Path broker;
  @TempDir Path journal;

  @Test
  void aRedeliveredReportFillsOnceAndAResendIsRefusedByTheBroker() throws Exception {
    EventBusTopology topology = EventBusTopology.defaults();
    EventMessages messages = new EventMessages(new EventJsonCodec());
    Mt5ExecutionConsumerTest fixture = new Mt5ExecutionConsumerTest();
    fixture.dir = journal;
    TradingEngine engine = fixture.engine();
    engine.submit(
        OrderIntent.market(
            Mt5ExecutionConsumerTest.ACCOUNT,
            new ClientOrderId("x-1"),
            "EURUSD",
            Side.BUY,
            new BigDecimal("1.5")));
    Mt5ExecutionConsumer apply =
        new Mt5ExecutionConsumer(engine, Mt5ExecutionConsumerTest.ONE_TERMINAL);
    AtomicInteger deliveries = new AtomicInteger();
    CountDownLatch two = new CountDownLatch(2);
    try (EmbeddedArtemis artemis = EmbeddedArtemis.start(broker, topology)) {
      ConnectionFactory factory = ArtemisConnections.withoutReconnect(artemis.url(), null, null);
      try (EventConsumer consumer =
              new EventConsumers(factory, messages, topology)
                  .start(
                      Mt5ExecutionConsumer.SOURCE,
                      event -> {
                        apply.handle(event);
                        two.countDown();
                        if (deliveries.incrementAndGet() == 1) {
                          throw new IllegalStateException("crash before the commit");
                        }
                      });
          ArtemisEventPublisher gateway =
              new ArtemisEventPublisher(factory, EventRouting.defaults(), messages)) {
        EventEnvelope report = Mt5ExecutionConsumerTest.filled("FILL", 42);
        gateway.publish(report);
        assertThat(two.await(30, TimeUnit.SECONDS)).as("a delivery and its redelivery").isTrue();
        assertThatThrownBy(() -> gateway.publish(report))
            .isInstanceOf(DuplicateEventException.class);
      }
    }
    var order = engine.find(Mt5ExecutionConsumerTest.ACCOUNT, new ClientOrderId("x-1"));
    assertThat(order.state()).isEqualTo(OrderState.FILLED);
    assertThat(order.filledQuantity()).isEqualByComparingTo("1.5");
    assertThat(engine.duplicates()).isEqualTo(1);
    assertThat(deliveries).hasValue(2);
    engine.close();
  }
}

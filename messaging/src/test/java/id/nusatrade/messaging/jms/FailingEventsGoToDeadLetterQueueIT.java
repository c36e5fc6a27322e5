package id.nusatrade.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.EventBusTopology;
import id.nusatrade.messaging.EventHandler;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.PoisonEventException;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailingEventsGoToDeadLetterQueueIT {
  private static final int ATTEMPTS = 3;
  private static final long WAIT_MILLIS = 30_000;

  @TempDir Path journal;
  private BusFixture bus;
  private Connection inspector;
  private final AtomicInteger handlerCalls = new AtomicInteger();

  @BeforeEach
  void startBroker() throws Exception {
    bus =
        new BusFixture(
            journal, EventBusTopology.defaults().withRedelivery(ATTEMPTS, Duration.ZERO));
    inspector = bus.factory.createConnection();
    inspector.start();
  }

  @AfterEach
  void stopBroker() throws Exception {
    inspector.close();
    bus.close();
  }

  @Test
  void aHandlerThatKeepsFailingIsRetriedThenTheEventLandsIntactInTheDlq() throws Exception {
    EventEnvelope event = BusFixture.event("workflow.signal.review", "{\"signal\":42}");

    Message dead = deadLetterAfter(event, failing(new IllegalStateException("database down")));

    assertThat(handlerCalls).hasValue(ATTEMPTS);
    assertThat(bus.messages.fromMessage(dead)).isEqualTo(event);
    assertThat(dead.getStringProperty("eventId")).isEqualTo(event.id().toString());
    assertThat(dead.getStringProperty("tenantId")).isEqualTo(BusFixture.TENANT_A.toString());
    assertThat(dead.getIntProperty("schemaVersion")).isEqualTo(1);
    assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("nusatrade.workflow");
  }

  @Test
  void aPoisonEventGoesToTheDlqAtOnceWithItsReason() throws Exception {
    EventEnvelope event = BusFixture.event("workflow.signal.review", "{\"signal\":43}");

    Message dead = deadLetterAfter(event, failing(new PoisonEventException("schema 1 retired")));

    assertThat(handlerCalls).hasValue(1);
    assertThat(bus.messages.fromMessage(dead)).isEqualTo(event);
    assertThat(dead.getStringProperty(DeadLetters.REASON)).contains("schema 1 retired");
  }

  @Test
  void anUnreadableMessageGoesToTheDlqWithItsBodyAndAClearReason() throws Exception {
    try (EventConsumer consumer =
        startConsumer(failing(new IllegalStateException("never called")))) {
      sendRaw("{\"id\": oops");

      Message dead = receiveFromDlq();

      assertThat(((TextMessage) dead).getText()).isEqualTo("{\"id\": oops");
      assertThat(dead.getStringProperty(DeadLetters.REASON))
          .startsWith("unreadable message: message body is not JSON");
      assertThat(dead.getStringProperty(DeadLetters.ORIGINAL_DESTINATION))
          .contains("nusatrade.workflow");
    }
    assertThat(handlerCalls).hasValue(0);
  }

  private EventHandler failing(RuntimeException failure) {
    return event -> {
      handlerCalls.incrementAndGet();
      throw failure;
    };
  }

  private Message deadLetterAfter(EventEnvelope event, EventHandler handler) throws Exception {
    try (EventConsumer consumer = startConsumer(handler);
        ArtemisEventPublisher publisher = bus.publisher()) {
      publisher.publish(event);
      return receiveFromDlq();
    }
  }

  private EventConsumer startConsumer(EventHandler handler) {
    return bus.consumers.start(ConsumerSource.queue(EventRouting.WORKFLOW), handler);
  }

  private void sendRaw(String body) throws JMSException {
    try (Connection connection = bus.factory.createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TextMessage message = session.createTextMessage(body);
      message.setStringProperty("type", "workflow.signal.review");
      session.createProducer(session.createQueue("nusatrade.workflow")).send(message);
    }
  }

  private Message receiveFromDlq() throws JMSException {
    Session session = inspector.createSession(false, Session.AUTO_ACKNOWLEDGE);
    Message message = session.createConsumer(session.createQueue("DLQ")).receive(WAIT_MILLIS);
    assertThat(message).as("a message in the DLQ").isNotNull();
    return message;
  }
}

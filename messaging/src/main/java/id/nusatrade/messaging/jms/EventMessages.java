package id.nusatrade.messaging.jms;

import id.nusatrade.domain.event.EventEnvelope;
import id.nusatrade.messaging.json.EventJsonCodec;
import id.nusatrade.messaging.json.UnreadableEventException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Objects;

/** Maps an event to a JMS text message with routing properties, and back. */
public final class EventMessages {
  public static final String TENANT_ID = "tenantId";
  public static final String TYPE = "type";
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String EVENT_ID = "eventId";

  /** Artemis drops a second message with the same value on one address (safe re-publishing). */
  static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

  private final EventJsonCodec codec;

  public EventMessages(EventJsonCodec codec) {
    this.codec = Objects.requireNonNull(codec);
  }

  public TextMessage toMessage(Session session, EventEnvelope event) throws JMSException {
    TextMessage message = session.createTextMessage(codec.encode(event));
    message.setStringProperty(TENANT_ID, event.tenantId().toString());
    message.setStringProperty(TYPE, event.type());
    message.setIntProperty(SCHEMA_VERSION, event.schemaVersion());
    message.setStringProperty(EVENT_ID, event.id().toString());
    message.setStringProperty(DUPLICATE_DETECTION_ID, event.id().toString());
    return message;
  }

  /** Reads the event and checks that the properties agree with the body. */
  public EventEnvelope fromMessage(Message message) throws JMSException, UnreadableEventException {
    if (!(message instanceof TextMessage text)) {
      throw new UnreadableEventException(
          "expected a text message with a JSON event, got " + message.getClass().getSimpleName());
    }
    EventEnvelope event = codec.decode(text.getText());
    requireSame(message, EVENT_ID, event.id().toString());
    requireSame(message, TYPE, event.type());
    requireSame(message, TENANT_ID, event.tenantId().toString());
    return event;
  }

  private static void requireSame(Message message, String property, String inBody)
      throws JMSException, UnreadableEventException {
    String value = message.getStringProperty(property);
    if (!inBody.equals(value)) {
      throw new UnreadableEventException(
          "property " + property + "=" + value + " does not match the body's " + inBody);
    }
  }
}

package id.nusatrade.messaging.jms;

import id.nusatrade.messaging.EventBusTopology;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Collections;

/**
 * Moves a message that can never be processed to the dead-letter queue inside the consumer's
 * transaction, so it is neither lost nor retried pointlessly. The copy keeps body and properties
 * and adds the reason and the original destination.
 */
final class DeadLetters {
  static final String REASON = "nusatradeDeadLetterReason";
  static final String ORIGINAL_DESTINATION = "nusatradeOriginalDestination";

  private final Session session;
  private final MessageProducer producer;

  DeadLetters(Session session, EventBusTopology topology) throws JMSException {
    this.session = session;
    this.producer = session.createProducer(session.createQueue(topology.deadLetterQueue()));
    producer.setDeliveryMode(DeliveryMode.PERSISTENT);
  }

  /**
   * @return false when the message kind cannot be copied (neither text nor bytes); the caller then
   *     rolls back and lets the broker dead-letter it after its delivery attempts
   */
  boolean move(Message original, String reason) throws JMSException {
    Message copy = copyBody(original);
    if (copy == null) {
      return false;
    }
    for (Object name : Collections.list(original.getPropertyNames())) {
      String property = (String) name;
      if (!property.startsWith("JMSX") && !property.startsWith("_AMQ")) {
        copy.setObjectProperty(property, original.getObjectProperty(property));
      }
    }
    copy.setStringProperty(REASON, reason);
    copy.setStringProperty(ORIGINAL_DESTINATION, String.valueOf(original.getJMSDestination()));
    producer.send(copy);
    return true;
  }

  private Message copyBody(Message original) throws JMSException {
    if (original instanceof TextMessage text) {
      return session.createTextMessage(text.getText());
    }
    if (original instanceof BytesMessage bytes) {
      byte[] body = new byte[(int) bytes.getBodyLength()];
      bytes.readBytes(body);
      BytesMessage copy = session.createBytesMessage();
      copy.writeBytes(body);
      return copy;
    }
    return null;
  }
}

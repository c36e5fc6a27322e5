package id.nusatrade.rules.bus;

import id.nusatrade.rules.lifecycle.RuleSetChanged;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries {@link RuleSetChanged} between processes on the bus topic {@value
 * RuleSetChanged#ADDRESS}: {@link #announce} after a publish or rollback, and every subscribed
 * process (this one too) hands each change to {@code onChange}, which reloads the stored live
 * version. Non-durable: a process that was away catches up when it (re)subscribes.
 */
public final class RuleSetChanges implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RuleSetChanges.class.getName());
  private final ConnectionFactory factory;
  private final Consumer<RuleSetChanged> onChange;
  private Connection connection;

  public RuleSetChanges(ConnectionFactory factory, Consumer<RuleSetChanged> onChange) {
    this.factory = factory;
    this.onChange = onChange;
  }

  /** Subscribes unless subscribed; false (and a log line) when the broker cannot be reached. */
  public synchronized boolean start() {
    if (connection != null) {
      return true;
    }
    try {
      Connection c = factory.createConnection();
      try {
        Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session
            .createConsumer(session.createTopic(RuleSetChanged.ADDRESS))
            .setMessageListener(this::onMessage);
        c.start();
      } catch (JMSException | RuntimeException e) {
        c.close();
        throw e;
      }
      connection = c;
      return true;
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING, "rules: cannot subscribe to rule set changes yet ({0})", e.getMessage());
      return false;
    }
  }

  /** Tells every process that {@code change} is live; false when the broker cannot be reached. */
  public boolean announce(RuleSetChanged change) {
    try (Connection c = factory.createConnection();
        Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer =
            session.createProducer(session.createTopic(RuleSetChanged.ADDRESS))) {
      Message message = session.createMessage();
      for (Map.Entry<String, String> p : change.properties().entrySet()) {
        message.setStringProperty(p.getKey(), p.getValue());
      }
      producer.send(message);
      return true;
    } catch (JMSException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "rules: version " + change.version() + " of " + change.area().id() + " not announced",
          e);
      return false;
    }
  }

  private void onMessage(Message message) {
    RuleSetChanged change;
    try {
      change =
          RuleSetChanged.from(
              name -> {
                try {
                  return message.getStringProperty(name);
                } catch (JMSException e) {
                  return null;
                }
              });
    } catch (RuntimeException unreadable) {
      LOG.log(Level.WARNING, "rules: unreadable rule set change skipped", unreadable);
      return;
    }
    onChange.accept(change);
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (JMSException e) {
        // shutting down: the broker may already be gone
      }
      connection = null;
    }
  }
}

package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.DurableSubscription;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedArtemisIT {
  @TempDir Path state;

  @Test
  void persistentMessageSurvivesRestartAndStrangersAreRefused() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    try {
      artemis.start();
      try (Connection c = factory(artemis).createConnection("nusatrade", "nusatrade")) {
        Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var producer = session.createProducer(session.createQueue("it.restart"));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producer.send(session.createTextMessage("kept across restarts"));
      }
      artemis.stop();

      artemis.start(); // same journal directory
      try (Connection c = factory(artemis).createConnection("nusatrade", "nusatrade")) {
        c.start();
        Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
        Message received =
            session.createConsumer(session.createQueue("it.restart")).receive(10_000);
        assertThat(((TextMessage) received).getText()).isEqualTo("kept across restarts");
      }
      assertThatThrownBy(() -> factory(artemis).createConnection("nusatrade", "wrong").close())
          .isInstanceOf(JMSSecurityException.class);
    } finally {
      artemis.stop();
    }
  }

  @Test
  void messageRolledBackFiveTimesLandsInDeadLetterQueue() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    try (artemis;
        Connection c = startedFactory(artemis).createConnection("nusatrade", "nusatrade")) {
      c.start();
      Session session = c.createSession(true, Session.SESSION_TRANSACTED);
      Queue queue = session.createQueue("it.poison");
      session.createProducer(queue).send(session.createTextMessage("poison"));
      session.commit();
      MessageConsumer consumer = session.createConsumer(queue);
      for (int attempt = 1; attempt <= ArtemisConfiguration.MAX_DELIVERY_ATTEMPTS; attempt++) {
        assertThat(consumer.receive(30_000)).as("delivery %d", attempt).isNotNull();
        session.rollback();
      }
      Message dead = session.createConsumer(session.createQueue("DLQ")).receive(30_000);
      session.commit();
      assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
    }
  }

  /**
   * The broker holds the trading engine's subscription from its first start: an execution report
   * the gateway sends before the engine ever subscribed reaches the engine's consumer.
   */
  @Test
  void executionReportSentBeforeTheConsumerEverSubscribedIsKept() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    DurableSubscription executions = DurableSubscription.TRADING_EXECUTIONS;
    try (artemis;
        Connection c = startedFactory(artemis).createConnection("nusatrade", "nusatrade")) {
      Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
      Topic topic = session.createTopic(executions.topic().address());
      session.createProducer(topic).send(session.createTextMessage("fill before subscribing"));
      c.start();
      Message kept = session.createSharedDurableConsumer(topic, executions.name()).receive(10_000);
      assertThat(kept).as("report kept in the pre-created subscription").isNotNull();
      assertThat(((TextMessage) kept).getText()).isEqualTo("fill before subscribing");
    }
  }

  private static ActiveMQConnectionFactory startedFactory(EmbeddedArtemis artemis) {
    artemis.start();
    return factory(artemis);
  }

  private static ActiveMQConnectionFactory factory(EmbeddedArtemis artemis) {
    return new ActiveMQConnectionFactory(artemis.url());
  }
}

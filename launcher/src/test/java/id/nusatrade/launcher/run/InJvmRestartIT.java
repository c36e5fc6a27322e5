package id.nusatrade.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.launcher.component.Component;
import id.nusatrade.launcher.component.EmbeddedArtemis;
import id.nusatrade.launcher.component.EmbeddedPostgres;
import id.nusatrade.launcher.component.MarketGateway;
import id.nusatrade.launcher.component.MarketSchema;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.messaging.DurableSubscription;
import id.nusatrade.messaging.EventRouting;
import id.nusatrade.messaging.jms.ArtemisConnections;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's in-JVM restart path with the real components, no fakes: PostgreSQL, the embedded
 * Artemis and the in-JVM MT5 gateway as {@code ./nusatrade run} starts them, watched by the real
 * {@link Watchdog} and {@link RestartBackoff} (a shorter first delay). The broker is stopped from
 * under the gateway through its own management API (as it stops itself on a critical journal
 * error); the watchdog notices, restarts it, and the gateway's publisher reconnects by itself:
 * ticks sent before, during and after the outage are all stored, tick events flow on the bus again,
 * and what the broker had committed to the durable execution-report queue before it stopped is
 * still there (its journal replayed).
 */
class InJvmRestartIT {
  static final String TENANT_A = "11111111-1111-1111-1111-111111111111";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final int PER_PHASE = 150;

  @TempDir Path state;
  final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  final List<String> restarted = new ArrayList<>();
  long firstTick; // tick time of the first tick, set just before it is sent

  @Test
  void aStoppedBrokerIsRestartedAndTicksFlowAgainWithNoneLost() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    MarketGateway gateway = new MarketGateway(config, postgres, artemis);
    Watchdog dog = watchdog();
    AtomicBoolean watching = new AtomicBoolean(true);
    try (postgres;
        artemis;
        gateway) {
      postgres.start();
      artemis.start();
      MarketSchema.migrate(postgres, config);
      gateway.start();
      List.of(postgres, artemis, gateway).forEach(dog::watch);
      Thread watch =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (watching.get()) {
                      dog.poll();
                      LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // the watch rhythm
                    }
                  });
      ConnectionFactory jms =
          ArtemisConnections.factory(
              artemis.url(),
              config.get(Setting.ARTEMIS_USER),
              config.get(Setting.ARTEMIS_PASSWORD));
      List<String> committedBefore = putExecutionReports(jms, 3);
      try (SimulatedExpertAdvisor ea =
          new SimulatedExpertAdvisor(
                  EaSettings.of(
                      "127.0.0.1", gateway.port(), TENANT_A, 80001, "nusatrade-demo-terminal-a"))
              .start()) {
        firstTick = Clock.systemUTC().millis() - 10_000;
        assertThat(ea.awaitAcked(send(ea, 0), WAIT)).as(ea.lastError()).isTrue();

        stopBrokerThroughManagement(jms);
        long during = send(ea, 1); // while the broker is down or coming back
        MarketSchema.awaitTrue(
            () -> dog.restarts().get("artemis") == 1, "the watchdog restarts the broker");
        assertThat(ea.awaitAcked(during, WAIT)).as(ea.lastError()).isTrue();

        try (Connection c = jms.createConnection()) {
          Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
          MessageConsumer ticks =
              session.createConsumer(session.createTopic(EventRouting.MARKET_TICKS.address()));
          c.start();
          long after = send(ea, 2);
          assertThat(ea.awaitAcked(after, WAIT)).as(ea.lastError()).isTrue();
          Message sampled = ticks.receive(WAIT.toMillis());
          assertThat(sampled).as("tick events flow again after the restart").isNotNull();
          assertThat(sampled.getStringProperty("tenantId")).isEqualTo(TENANT_A);

          // what the broker committed before it stopped is still queued for the trading engine
          Topic trading = session.createTopic(EventRouting.TRADING.address());
          MessageConsumer reports =
              session.createSharedDurableConsumer(
                  trading, DurableSubscription.TRADING_EXECUTIONS.name());
          List<String> kept = new ArrayList<>();
          for (int i = 0; i < committedBefore.size(); i++) {
            Message m = reports.receive(WAIT.toMillis());
            assertThat(m).as("report " + i + " kept across the broker restart").isNotNull();
            kept.add(((TextMessage) m).getText());
          }
          assertThat(kept).containsExactlyElementsOf(committedBefore);
        }
      }
      MarketSchema.awaitTrue(
          () ->
              MarketSchema.storedTicks(postgres, config, TENANT_A, 80001, "XAUUSD")
                  == 3L * PER_PHASE,
          "every tick of the three phases in market_tick");
      assertThat(gateway.ticksAccepted()).isEqualTo(3L * PER_PHASE);
      watching.set(false);
      watch.join(5_000);
    } finally {
      dog.close();
    }
    String log = logBytes.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("[artemis] died: the embedded broker stopped")
        .contains("[artemis] restarted (restart 1)");
    assertThat(dog.restarts())
        .as("the gateway rode it out: its publisher reconnected by itself")
        .containsEntry("gateway", 0)
        .containsEntry("postgres", 0);
    assertThat(restarted).containsExactly("artemis");
  }

  private Watchdog watchdog() {
    return new Watchdog(
        new RestartBackoff.Limits(
            Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMinutes(5), 3),
        Clock.systemUTC(),
        r -> Thread.ofPlatform().daemon().start(r),
        new Watchdog.Listener() {
          @Override
          public void restarted(Component component, Map<String, Integer> restarts) {
            synchronized (restarted) {
              restarted.add(component.name());
            }
          }

          @Override
          public void gaveUp(Component component, Map<String, Integer> restarts) {}
        },
        new PrintStream(logBytes, true, StandardCharsets.UTF_8));
  }

  /**
   * Phase {@code phase}'s ticks, 10 ms apart, 5 s of tick time after the phase before (so each
   * phase opens new one-second windows of the gateway's tick sampling, the tick events on the bus),
   * fresh for the gateway's 60 s staleness check; returns the last sequence.
   */
  private long send(SimulatedExpertAdvisor ea, int phase) throws InterruptedException {
    long seq = 0;
    for (int i = 0; i < PER_PHASE; i++) {
      double bid = 2900 + phase + (i % 10) * 0.1;
      seq = ea.sendTick("XAUUSD", firstTick + phase * 5_000L + i * 10L, bid, bid + 0.3, 0, 1, 0);
    }
    ea.flush();
    return seq;
  }

  /** Persistent messages on the trading topic, committed before the broker stops. */
  private static List<String> putExecutionReports(ConnectionFactory jms, int n) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Connection c = jms.createConnection()) {
      Session session = c.createSession(true, Session.SESSION_TRANSACTED);
      MessageProducer producer =
          session.createProducer(session.createTopic(EventRouting.TRADING.address()));
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      for (int i = 0; i < n; i++) {
        String text = "{\"executionId\":\"mt5:" + TENANT_A + ":80001:" + (i + 1) + "\"}";
        producer.send(session.createTextMessage(text));
        texts.add(text);
      }
      session.commit();
    }
    return texts;
  }

  /** The broker's own {@code forceFailover} operation: it stops, as on a critical I/O error. */
  private static void stopBrokerThroughManagement(ConnectionFactory jms) throws Exception {
    try (Connection c = jms.createConnection()) {
      Session session = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
      Message m = session.createMessage();
      JMSManagementHelper.putOperationInvocation(m, ResourceNames.BROKER, "forceFailover");
      session.createProducer(session.createQueue("activemq.management")).send(m);
    }
  }
}

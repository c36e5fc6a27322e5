package id.nusatrade.launcher.component;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.replay.ReplayCommand;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform's gateway leg with real PostgreSQL and Artemis: the real migrations create {@code
 * mt5_terminal} (plus its grant) and the market tables, the demo migration registers tenant A's
 * terminal, and {@code replay} with its default credentials gets every tick accepted, stored in the
 * tick store and published on {@code nusatrade.market.ticks} for tenant A.
 */
class MarketGatewayIT {
  static final String TENANT_A = "11111111-1111-1111-1111-111111111111";
  @TempDir Path state;

  @Test
  void replayWithDemoCredentialsIsStoredAndPublishedForTenantA() throws Exception {
    LauncherConfig config =
        LauncherConfig.defaults().with(Setting.STATE_DIR, state).withFreePorts();
    EmbeddedPostgres postgres = new EmbeddedPostgres(config);
    EmbeddedArtemis artemis = new EmbeddedArtemis(config);
    MarketGateway gateway = new MarketGateway(config, postgres, artemis);
    try (postgres;
        artemis;
        gateway) {
      postgres.start();
      artemis.start();
      MarketSchema.migrate(postgres, config);
      gateway.start();
      try (Connection jms =
          new ActiveMQConnectionFactory(artemis.url()).createConnection("nusatrade", "nusatrade")) {
        Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer ticks =
            session.createConsumer(session.createTopic("nusatrade.market.ticks"));
        jms.start();

        assertThat(replay(freshTicks(state, 100), gateway.port())).isZero();

        MarketSchema.awaitTrue(() -> gateway.ticksAccepted() == 100, "100 ticks accepted");
        MarketSchema.awaitTrue(
            () -> MarketSchema.storedTicks(postgres, config, TENANT_A, 80001, "XAUUSD") == 100,
            "100 ticks in market_tick");
        Message sample = ticks.receive(10_000);
        assertThat(sample).as("a market.tick.sampled event").isNotNull();
        assertThat(sample.getStringProperty("tenantId")).isEqualTo(TENANT_A);
        assertThat(((TextMessage) sample).getText()).contains("\"symbol\":\"XAUUSD\"");
      }
    }
  }

  /** Ticks of the last few seconds: fresh for the gateway's 60 s staleness check. */
  static Path freshTicks(Path dir, int n) throws Exception {
    long start = Clock.systemUTC().millis() - 5_000;
    List<String> rows = new ArrayList<>(List.of("time,bid,ask"));
    for (int i = 0; i < n; i++) {
      double bid = 2900 + (i % 10) * 0.1;
      rows.add((start + i * 10L) + "," + bid + "," + (bid + 0.3));
    }
    return Files.write(dir.resolve("ticks.csv"), rows);
  }

  static int replay(Path csv, int port) {
    var out = new ByteArrayOutputStream();
    String[] args = {
      "--input", csv.toString(), "--symbol", "XAUUSD", "--port", String.valueOf(port)
    };
    return ReplayCommand.run(args, new PrintStream(out, true), new PrintStream(out, true));
  }
}

package id.nusatrade.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.RecordingEventPublisher;
import id.nusatrade.gateway.events.EventTypes;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sampled ticks reach the bus: at most one per second of tick time, the first one included. */
class TickSamplingTest {
  @TempDir Path dir;

  @Test
  void oneTickPerSecondOfTickTimeIsPublishedStartingWithTheFirst() throws Exception {
    long t0 = 1_700_000_000_000L;
    List<String> rows = new ArrayList<>(List.of("time,bid,ask"));
    for (int i = 0; i < 30; i++) { // 30 ticks, 100 ms apart: seconds t0, t0+1 s, t0+2 s
      rows.add((t0 + i * 100L) + ",1.1000," + (i % 2 == 0 ? "1.1002" : "1.1003"));
    }
    Path csv = Files.write(dir.resolve("ticks.csv"), rows);
    var events = new RecordingEventPublisher();
    var terminals =
        new InMemoryTerminalDirectory()
            .register(
                TenantId.of(ReplayOptions.DEFAULT_TENANT), 80001, "nusatrade-demo-terminal-a");
    try (Gateway gw =
        new Gateway(GatewayPorts.of(terminals).withPublisher(events))
            .start(
                GatewayConfig.defaults()
                    .withValidation(
                        id.nusatrade.market.validation.ValidationConfig.defaults()
                            .withMaxTickAge(Duration.ZERO)))) {
      String[] args = {"--input", csv.toString(), "--symbol", "EURUSD", "--port", "" + gw.port()};
      var out = new PrintStream(new ByteArrayOutputStream(), true);
      assertThat(ReplayCommand.run(args, out, out)).isZero();
      Await.until(Duration.ofSeconds(10), () -> gw.ticksAccepted() == 30, "30 ticks accepted");
      Await.until(
          Duration.ofSeconds(10),
          () -> events.ofType(EventTypes.TICK_SAMPLED).size() == 3,
          "three samples");
      assertThat(events.ofType(EventTypes.TICK_SAMPLED).getFirst().occurredAt().toEpochMilli())
          .isEqualTo(t0);
    }
  }
}

package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.gateway.terminal.CachingTerminalDirectory;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.tickstore.postgres.PostgresTickStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GatewayMain alone is wired like the platform's gateway, not one that discards events. */
class GatewayMainTest {
  private final ByteArrayOutputStream said = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(said, true);

  @Test
  void withADatabaseItStoresTicksReadsTerminalsThereAndPublishesEvents() {
    var opts = Map.of("jdbc-url", "jdbc:postgresql://127.0.0.1:1/nusatrade", "jdbc-user", "app");
    var bus = new RecordingEventPublisher(); // in production PlatformWiring's Artemis publisher
    GatewayPorts ports = GatewayMain.ports(opts, new InMemoryTerminalDirectory(), bus, out);

    assertThat(ports.publisher()).isSameAs(bus);
    assertThat(ports.tickStore()).isInstanceOf(PostgresTickStore.class);
    assertThat(ports.directory()).isInstanceOf(CachingTerminalDirectory.class);
    assertThat(said.toString()).isEmpty();
  }

  @Test
  void whatItRunsWithoutIsSaidAtStart() {
    var opts = Map.of("artemis-url", "none");
    assertThat(GatewayMain.publisher(opts, out)).isNull();
    GatewayPorts ports = GatewayMain.ports(opts, new InMemoryTerminalDirectory(), null, out);
    assertThat(ports.directory()).isInstanceOf(InMemoryTerminalDirectory.class);
    assertThat(said.toString())
        .contains("events are not published")
        .contains("ticks in the journal only");
  }

  @Test
  void theStatusFileGoesBesideTheJournal() {
    GatewayConfig config = GatewayMain.config(Map.of("journal", "/srv/gw/journal"));
    assertThat(GatewayMain.statusFile(Map.of(), config))
        .isEqualTo(Path.of("/srv/gw/status.properties"));
  }
}

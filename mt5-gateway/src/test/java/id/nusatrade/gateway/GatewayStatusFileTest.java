package id.nusatrade.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.market.Bar;
import id.nusatrade.domain.market.FeedId;
import id.nusatrade.domain.market.Tick;
import id.nusatrade.domain.market.TickStore;
import id.nusatrade.domain.market.Timeframe;
import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.sim.EaSettings;
import id.nusatrade.gateway.sim.SimulatedExpertAdvisor;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.validation.ValidationConfig;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dead tick store is counted with its cause and written where /health reads it. */
class GatewayStatusFileTest {
  static final TenantId TENANT = TenantId.of("6f1c8a52-1d1e-4a53-9b7a-3f1f4f6c2a10");
  static final long T0 = 1_699_999_980_000L;

  /** A store whose database is gone. */
  static final class DeadStore implements TickStore {
    @Override
    public void appendTicks(List<Tick> ticks) {}

    @Override
    public void appendBars(List<Bar> bars) {}

    @Override
    public void flush() {
      throw new IllegalStateException("connection refused: tick database down");
    }

    @Override
    public List<FeedId> feeds(TenantId tenant) {
      return List.of();
    }

    @Override
    public OptionalLong lastSequence(FeedId feed) {
      return OptionalLong.empty();
    }

    @Override
    public List<Tick> lastTicks(FeedId feed, int n) {
      return List.of();
    }

    @Override
    public List<Bar> ohlc(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<Bar> bars(FeedId feed, Timeframe timeframe, long fromMillis, long toMillis) {
      return List.of();
    }

    @Override
    public List<Bar> lastBars(FeedId feed, Timeframe timeframe, int n) {
      return List.of();
    }
  }

  @TempDir Path state;

  @Test
  void storageFailuresReachTheStatusFileWithTheirCauseAndTheConnectedTerminal() throws Exception {
    var directory = new InMemoryTerminalDirectory().register(TENANT, 5001, "key-5001");
    GatewayPorts ports = GatewayPorts.of(directory).withTickStore(new DeadStore());
    GatewayConfig config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO));
    Path file = GatewayStatusFile.in(state.resolve("gateway"));
    try (Gateway gateway = new Gateway(ports).start(config);
        var status = new GatewayStatusFile(file, gateway, Clock.systemUTC());
        var ea =
            new SimulatedExpertAdvisor(
                    EaSettings.of("127.0.0.1", gateway.port(), TENANT.toString(), 5001, "key-5001"))
                .start()) {
      long seq = ea.sendTick("EURUSD", T0, 1.1, 1.1002, 0, 1, 0);
      assertThat(ea.awaitAcked(seq, Duration.ofSeconds(20))).isTrue();
      Await.until(
          Duration.ofSeconds(20),
          () -> gateway.counters().storageBatchesFailed() > 0,
          "the failed flush counted");

      status.writeNow();
      Properties written = new Properties();
      try (Reader r = Files.newBufferedReader(file)) {
        written.load(r);
      }
      assertThat(written.getProperty(GatewayStatusFile.STORAGE_ENABLED)).isEqualTo("true");
      assertThat(written.getProperty(GatewayStatusFile.STORAGE_LAST_ERROR))
          .contains("tick database down");
      assertThat(Long.parseLong(written.getProperty("gateway.storage.last-failure-millis")))
          .isPositive();
      assertThat(written.getProperty("gateway.storage.last-flush-millis")).isEqualTo("0");
      assertThat(written.getProperty("gateway.connections.open")).isEqualTo("1");
      assertThat(written.getProperty(GatewayStatusFile.WRITTEN)).isNotBlank();
    }
    assertThat(file).doesNotExist(); // a stopped gateway removes it: stopped is not dead
  }
}

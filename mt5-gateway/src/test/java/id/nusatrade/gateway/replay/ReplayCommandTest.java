package id.nusatrade.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.domain.tenant.TenantId;
import id.nusatrade.gateway.Await;
import id.nusatrade.gateway.Gateway;
import id.nusatrade.gateway.GatewayConfig;
import id.nusatrade.gateway.GatewayPorts;
import id.nusatrade.gateway.terminal.InMemoryTerminalDirectory;
import id.nusatrade.market.validation.ValidationConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return ReplayCommand.run(args, new PrintStream(out, true), new PrintStream(err, true));
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--input FILE --symbol SYMBOL", "--speed 1x|10x|max");
  }

  @Test
  void missingInputIsAUsageError() {
    assertThat(run("--symbol", "X")).isEqualTo(2);
    assertThat(err.toString()).contains("--input is required");
  }

  @Test
  void ethBarsReplayInProcessAsFourTicksPerBar() throws Exception {
    var bars = Ta4jSampleData.ethBars();
    long barCount = Files.readAllLines(bars).size() - 1;
    assertThat(run("--input", bars.toString(), "--symbol", "ETHUSD")).isZero();
    assertThat(out.toString())
        .contains("replayed " + barCount * 4 + " ticks of ETHUSD")
        .contains("acknowledged " + barCount * 4);
  }

  @Test
  void theShippedDemoSampleIsTheRealEthDataTheTestsConvert() throws Exception {
    try (var shipped = DemoSample.class.getResourceAsStream(DemoSample.RESOURCE)) {
      assertThat(new String(shipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(Ta4jSampleData.ethBars()));
    }
  }

  @Test
  void demoNeedsNoFileAndStreamsTheSampleAsEthusd() {
    assertThat(run("--demo", "--speed", "max")).isZero();
    assertThat(out.toString()).contains("replayed 2320 ticks of ETHUSD", "acknowledged 2320");
  }

  @Test
  void demoWithAnInputFileIsAUsageError() {
    assertThat(run("--demo", "--input", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("--demo streams the shipped sample");
  }

  @Test
  void bitstampTradesReplayToARunningGatewayAndEveryTickGetsAVerdict() throws Exception {
    var ticks = Ta4jSampleData.bitstampTicks();
    TenantId tenant = TenantId.of("5d4f3e2a-1b0c-4d9e-8f7a-6b5c4d3e2f10");
    var dir = new InMemoryTerminalDirectory().register(tenant, 42, "secret");
    var config =
        GatewayConfig.defaults()
            .withValidation(ValidationConfig.defaults().withMaxTickAge(Duration.ZERO));
    try (Gateway gw = new Gateway(GatewayPorts.of(dir)).start(config)) {
      int rc =
          run(
              "--input",
              ticks.toString(),
              "--symbol",
              "BTCUSD",
              "--speed",
              "max",
              "--port",
              String.valueOf(gw.port()),
              "--tenant",
              tenant.toString(),
              "--account",
              "42",
              "--api-key",
              "secret");
      assertThat(rc).as(err.toString()).isZero();
      Await.until(
          Duration.ofSeconds(30),
          () -> gw.ticksAccepted() + gw.rejects().total() == 100_000,
          "a verdict per trade");
      assertThat(gw.ticksAccepted()).isGreaterThan(90_000);
      assertThat(err.toString()).contains("100,000 / 100,000 ticks sent");
    }
  }
}

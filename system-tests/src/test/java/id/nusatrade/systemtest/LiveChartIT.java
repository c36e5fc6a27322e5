package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.systemtest.platform.RunningPlatform;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The web UI's live-chart Playwright script ({@code vaadin-ui/src/test/e2e/live-chart.spec.mjs})
 * against this run: trader-a opens the chart, {@code ./nusatrade replay} streams real ETH/USD
 * 5-minute bars through this run's MT5 gateway (the script inherits this run's state dir and ports,
 * so replay finds the running platform), and the last candle must change twice over push.
 */
@SystemTest
class LiveChartIT {
  private static final Path E2E = Path.of(System.getProperty("nusatrade.systest.e2e.dir", ""));

  @Test
  void the_last_candle_moves_while_replay_streams_ticks_through_the_gateway(
      RunningPlatform platform) throws IOException, InterruptedException {
    assertThat(E2E.resolve("node_modules/playwright-core"))
        .as("playwright-core is installed by the build's npm ci (pre-integration-test)")
        .isDirectory();
    Path log = E2E.resolveSibling("e2e-live-chart.log");
    ProcessBuilder node =
        new ProcessBuilder("node", "--test", "live-chart.spec.mjs")
            .directory(E2E.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    node.environment().putAll(platform.settings().env());
    node.environment().put("NUSATRADE_HOME", platform.settings().home().toString());
    node.environment().put("NUSATRADE_BASE_URL", platform.baseUrl());
    node.environment()
        .put("NUSATRADE_CHART_SCREENSHOT", E2E.resolveSibling("live-chart.png").toString());
    Process process = node.start();

    boolean ended = process.waitFor(6, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(ended).as("the live-chart test ended within 6 min; see " + log).isTrue();
    assertThat(process.exitValue()).as("node --test exit code; output:%n%s", output).isZero();
    assertThat(output).contains("# pass 1").contains("# fail 0");
  }
}

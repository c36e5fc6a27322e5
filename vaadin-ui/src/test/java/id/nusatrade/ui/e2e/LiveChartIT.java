package id.nusatrade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code src/test/e2e/live-chart.spec.mjs} (headless Chromium) against the running platform:
 * trader-a opens the live chart, {@code ./nusatrade replay} streams ETH/USD bars through the
 * gateway, and the last candle must change twice; the screenshot goes to {@code
 * docs/screenshots/live-chart.png}. Start the platform first ({@code ./nusatrade run}), then {@code
 * ./mvnw -pl vaadin-ui -am verify -Pe2e}.
 */
class LiveChartIT {
  private static final Path E2E = Path.of(System.getProperty("nusatrade.e2e.dir", "src/test/e2e"));

  @Test
  void the_last_candle_moves_while_a_replay_streams_ticks_into_the_platform() throws Exception {
    if (!Files.isDirectory(E2E.resolve("node_modules/playwright-core"))) {
      assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"))).isZero();
    }
    int exit = run(List.of("node", "--test", "live-chart.spec.mjs"));
    assertThat(exit).as("Playwright exit code (output in target/e2e-live-chart.log)").isZero();
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    Path log = Path.of("target", "e2e-live-chart.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(E2E.toFile());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    var env = builder.environment();
    env.put(
        "NUSATRADE_BASE_URL", System.getProperty("nusatrade.base.url", "http://127.0.0.1:9080"));
    String shot = System.getProperty("nusatrade.chart.screenshot");
    if (shot != null) {
      env.put("NUSATRADE_CHART_SCREENSHOT", new File(shot).getAbsolutePath());
    }
    Process process = builder.start();
    if (!process.waitFor(6, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 6 min; see " + log);
    }
    System.out.println(Files.readString(log));
    return process.exitValue();
  }
}

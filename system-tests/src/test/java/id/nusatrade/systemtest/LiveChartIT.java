package id.nusatrade.systemtest;

import id.nusatrade.systemtest.platform.PlaywrightScript;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web UI's live-chart Playwright script ({@code vaadin-ui/src/test/e2e/live-chart.spec.mjs})
 * against this run: trader-a opens the chart, {@code ./nusatrade replay} streams real ETH/USD
 * 5-minute bars through this run's MT5 gateway (the script inherits this run's state dir and ports,
 * so replay finds the running platform), and the last candle must change twice over push.
 */
@SystemTest
class LiveChartIT {
  @Test
  void the_last_candle_moves_while_replay_streams_ticks_through_the_gateway(
      RunningPlatform platform) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>(platform.settings().env());
    env.put("NUSATRADE_HOME", platform.settings().home().toString());
    env.put("NUSATRADE_BASE_URL", platform.baseUrl());
    env.put("NUSATRADE_CHART_SCREENSHOT", PlaywrightScript.outputFile("live-chart.png").toString());
    PlaywrightScript.runAndExpectPasses("live-chart.spec.mjs", env, Duration.ofMinutes(6), 1);
  }
}

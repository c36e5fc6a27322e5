package id.nusatrade.systemtest;

import id.nusatrade.systemtest.platform.PlaywrightScript;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web UI's own Playwright script ({@code vaadin-ui/src/test/e2e/login.spec.mjs}, copied and
 * npm-installed by this module's build) in headless Debian Chromium against this run: trader-a logs
 * in through Keycloak and sees the profile of PT Demo Nusantara; officer-a lands on the review
 * queue and is denied the tenant profile.
 */
@SystemTest
class BrowserLoginIT {
  @Test
  void trader_logs_in_through_keycloak_and_sees_the_tenant_profile(RunningPlatform platform)
      throws IOException, InterruptedException {
    PlaywrightScript.runAndExpectPasses(
        "login.spec.mjs",
        Map.of(
            "NUSATRADE_BASE_URL", platform.baseUrl(),
            "NUSATRADE_SCREENSHOT", PlaywrightScript.outputFile("tenant-profile.png").toString()),
        Duration.ofMinutes(5),
        2);
  }
}

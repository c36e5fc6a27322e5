package id.nusatrade.systemtest;

import id.nusatrade.systemtest.platform.PlaywrightScript;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule editor's Playwright script ({@code vaadin-ui/src/test/e2e/rule-editor.spec.mjs}) in
 * headless Chromium against this run: staff-a lowers the maximum daily loss in the editor's limit
 * grid, runs the saved scenarios (one fails until it is moved to the new limit), publishes;
 * staff-a2 approves (four-eyes); the REST application's running rules (another web application,
 * following over the bus) judge the very next order intent by the new limit; a rollback in the
 * editor restores the old limit the same way. No restart.
 */
@SystemTest
class RuleEditorIT {
  @Test
  void business_staff_change_the_daily_loss_limit_and_roll_it_back_without_a_restart(
      RunningPlatform platform) throws IOException, InterruptedException {
    PlaywrightScript.runAndExpectPasses(
        "rule-editor.spec.mjs",
        Map.of(
            "NUSATRADE_BASE_URL", platform.baseUrl(),
            "NUSATRADE_KEYCLOAK_URL", platform.settings().keycloakUrl(),
            "NUSATRADE_RULES_SCREENSHOT",
                PlaywrightScript.outputFile("rule-editor.png").toString()),
        Duration.ofMinutes(5),
        1);
  }
}

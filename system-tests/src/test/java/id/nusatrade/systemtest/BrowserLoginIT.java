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
 * The web UI's own Playwright script ({@code vaadin-ui/src/test/e2e/login.spec.mjs}, copied and
 * npm-installed by this module's build) in headless Debian Chromium against this run: trader-a logs
 * in through Keycloak and sees the profile of PT Demo Nusantara; officer-a lands on the review
 * queue and is denied the tenant profile.
 */
@SystemTest
class BrowserLoginIT {
  private static final Path E2E = Path.of(System.getProperty("nusatrade.systest.e2e.dir", ""));

  @Test
  void trader_logs_in_through_keycloak_and_sees_the_tenant_profile(RunningPlatform platform)
      throws IOException, InterruptedException {
    assertThat(E2E.resolve("node_modules/playwright-core"))
        .as("playwright-core is installed by the build's npm ci (pre-integration-test)")
        .isDirectory();
    Path log = E2E.resolveSibling("e2e.log");
    ProcessBuilder node =
        new ProcessBuilder("node", "--test", "login.spec.mjs")
            .directory(E2E.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    node.environment().put("NUSATRADE_BASE_URL", platform.baseUrl());
    node.environment()
        .put("NUSATRADE_SCREENSHOT", E2E.resolveSibling("tenant-profile.png").toString());
    Process process = node.start();

    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(ended).as("the browser test ended within 5 min; see " + log).isTrue();
    assertThat(process.exitValue()).as("node --test exit code; output:%n%s", output).isZero();
    assertThat(output).contains("# pass 2").contains("# fail 0");
  }
}

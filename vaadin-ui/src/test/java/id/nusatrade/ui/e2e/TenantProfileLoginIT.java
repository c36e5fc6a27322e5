package id.nusatrade.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Playwright script {@code src/test/e2e/login.spec.mjs} (headless Chromium) against the
 * running platform at {@code nusatrade.base.url}: trader-a logs in through Keycloak and sees the
 * tenant profile of "PT Demo Nusantara". Start the platform first ({@code ./nusatrade run}), then
 * {@code ./mvnw -pl vaadin-ui -am verify -Pe2e}.
 */
class TenantProfileLoginIT {
  private static final Path E2E = Path.of(System.getProperty("nusatrade.e2e.dir", "src/test/e2e"));

  @Test
  void trader_logs_in_through_keycloak_and_sees_the_tenant_profile() throws Exception {
    if (!Files.isDirectory(E2E.resolve("node_modules/playwright-core"))) {
      assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 5)).isZero();
    }
    String baseUrl = System.getProperty("nusatrade.base.url", "http://127.0.0.1:9080");
    int exit = run(List.of("node", "--test", "login.spec.mjs"), 5, baseUrl);
    assertThat(exit).as("Playwright script exit code (its output is in target/e2e.log)").isZero();
  }

  private static int run(List<String> command, int minutes, String... baseUrl)
      throws IOException, InterruptedException {
    Path log = Path.of("target", "e2e.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(E2E.toFile());
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (baseUrl.length > 0) {
      builder.environment().put("NUSATRADE_BASE_URL", baseUrl[0]);
      String shot = System.getProperty("nusatrade.screenshot");
      if (shot != null) {
        builder.environment().put("NUSATRADE_SCREENSHOT", new File(shot).getAbsolutePath());
      }
    }
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + minutes + " min; see " + log);
    }
    System.out.println(Files.readString(log, StandardCharsets.UTF_8));
    return process.exitValue();
  }
}

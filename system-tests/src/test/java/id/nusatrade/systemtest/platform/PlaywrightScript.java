package id.nusatrade.systemtest.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the UI module's Playwright scripts ({@code node --test <script>}) from the copy this
 * module's build npm-installs, and asserts it ended in time with every test passed.
 */
public final class PlaywrightScript {
  private static final Path E2E = Path.of(System.getProperty("nusatrade.systest.e2e.dir", ""));

  private PlaywrightScript() {}

  /** The folder of the installed scripts, for outputs such as screenshots placed beside it. */
  public static Path outputFile(String name) {
    return E2E.resolveSibling(name);
  }

  public static void runAndExpectPasses(
      String script, Map<String, String> env, Duration limit, int expectedPasses)
      throws IOException, InterruptedException {
    assertThat(E2E.resolve("node_modules/playwright-core"))
        .as("playwright-core is installed by the build's npm ci (pre-integration-test)")
        .isDirectory();
    Path log = outputFile(script.replace(".spec.mjs", "") + ".log");
    ProcessBuilder node =
        new ProcessBuilder("node", "--test", script)
            .directory(E2E.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    node.environment().putAll(env);
    Process process = node.start();

    boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(ended).as(script + " ended within " + limit + "; see " + log).isTrue();
    assertThat(process.exitValue()).as("node --test exit code; output:%n%s", output).isZero();
    assertThat(output).contains("# pass " + expectedPasses).contains("# fail 0");
  }
}

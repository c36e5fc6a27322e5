package id.nusatrade.systemtest.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's app jar run as a user runs it ({@code ./nusatrade} does the same {@code java
 * -jar}), with the JDK this test runs on and the platform's environment.
 */
public final class Launcher {
  private final PlatformSettings settings;

  public Launcher(PlatformSettings settings) {
    this.settings = settings;
  }

  /** Starts {@code java -jar … <command>}; stdin closed, stderr merged into stdout. */
  public Process start(String command) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> line = new ArrayList<>();
    line.add(java.toString());
    line.add("--sun-misc-unsafe-memory-access=allow"); // as ./nusatrade: Netty in Artemis
    line.add("-jar");
    line.add(settings.launcherJar().toString());
    line.add(command);
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .directory(settings.home().toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().putAll(settings.env());
    try {
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + line, e);
    }
  }

  /** Runs a command that ends by itself ({@code status}, a refused {@code run}) to completion. */
  public Result runToEnd(String command, Duration timeout) {
    Process process = start(command);
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(() -> readAll(process)); // drained while it runs
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("'" + command + "' did not end within " + timeout);
      }
      return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (Exception e) {
      throw new AssertionError("cannot read the output of '" + command + "'", e);
    }
  }

  private static String readAll(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exit code and the merged output of a finished command. */
  public record Result(int exitCode, String output) {}
}

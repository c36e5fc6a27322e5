package id.nusatrade.launcher;

import id.nusatrade.launcher.run.RunPidFile;
import id.nusatrade.launcher.run.RunRecord;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Real supervisor JVMs ({@code nusatrade run}) on the test's class path, for the ITs that start,
 * kill and stop whole runs in {@code home}: run N writes {@code run-N.out} and {@code run-N.err}
 * there.
 */
final class Supervisors {
  private final Path home;
  private final List<Process> started = new ArrayList<>();

  Supervisors(Path home) {
    this.home = home;
  }

  /** Starts {@code run} with {@code args}. */
  Process start(List<String> args) throws Exception {
    int n = started.size();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run"));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(home.resolve("run-" + n + ".out").toFile())
            .redirectError(home.resolve("run-" + n + ".err").toFile())
            .start();
    started.add(p);
    return p;
  }

  /** Every supervisor started so far, oldest first. */
  List<Process> started() {
    return started;
  }

  /** Waits for the last run's "Nusatrade is running" line; then what its pid file records. */
  RunRecord awaitRunning(Process supervisor, Duration timeout) throws Exception {
    Path out = home.resolve("run-" + (started.size() - 1) + ".out");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && supervisor.isAlive()) {
      if (Files.exists(out) && Files.readString(out).contains("Nusatrade is running")) {
        return new RunPidFile(home.resolve(".nusatrade/run.pid")).read().orElseThrow();
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll until the deadline
    }
    throw new AssertionError(
        "run did not come up: "
            + Files.readString(
                out.resolveSibling(out.getFileName().toString().replace(".out", ".err"))));
  }

  /** {@code ./nusatrade stop} for {@code home}, then SIGKILL to every supervisor started here. */
  void stopAll() {
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    try {
      new Main(quiet, quiet, Map.of("NUSATRADE_HOME", home.toString()))
          .dispatch(new String[] {"stop"});
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.forEach(Process::destroyForcibly);
  }
}

package id.nusatrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.ProcessTrees;
import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.config.LauncherConfig;
import id.nusatrade.launcher.config.Setting;
import id.nusatrade.launcher.run.RunPidFile;
import id.nusatrade.launcher.run.RunRecord;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code status} and {@code stop} against a real supervisor JVM. Keycloak and Zeebe
 * are configured as external (so only PostgreSQL and Artemis start, quickly) and Liberty is not
 * built in the temporary home: the run proceeds with the back-ends, as documented.
 */
class SupervisorIT {
  @TempDir Path home;
  private final List<Process> supervisors = new ArrayList<>();
  private LauncherConfig config;

  @Test
  void secondRunIsRefusedAndStopEndsTheRunCleanly() throws Exception {
    Process supervisor = startRun();
    RunRecord running = awaitRunning(supervisor);
    assertThat(running.supervisorPid()).isEqualTo(supervisor.pid());

    Result status = main("status");
    assertThat(status.code()).as(status.out()).isZero();
    assertThat(status.out()).contains("Nusatrade is running").contains("postgres");

    Result second = main("run");
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err()).contains("already running (supervisor pid " + supervisor.pid());

    Result stop = main("stop");
    assertThat(stop.code()).isZero();
    assertThat(stop.out()).contains("Stopping Nusatrade (supervisor pid " + supervisor.pid());
    // stop has seen the exit; our Process object learns of it from its own reaper thread
    assertThat(supervisor.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(home.resolve("run-0.err"))).contains("nusatrade: stopped");
    assertThat(ProcessTrees.isAlive(postmaster(running).pid())).isFalse();
    assertThat(pidFile().read()).isEmpty();
  }

  @Test
  void leftoversOfAKilledRunAreReportedAndStoppedBeforeTheNextRun() throws Exception {
    Process killed = startRun();
    long leftover = postmaster(awaitRunning(killed)).pid();
    killed.destroyForcibly(); // kill -9: no shutdown hook, the postmaster stays
    killed.waitFor();
    assertThat(ProcessTrees.isAlive(leftover)).isTrue();
    assertThat(main("status").code()).isEqualTo(3);

    Process next = startRun();
    RunRecord running = awaitRunning(next);
    assertThat(ProcessTrees.isAlive(leftover)).isFalse();
    assertThat(postmaster(running).pid()).isNotEqualTo(leftover);
    assertThat(Files.readString(home.resolve("run-" + (supervisors.size() - 1) + ".err")))
        .contains("was killed; cleaning up")
        .contains("stopped leftover postgres (pid " + leftover + ")");
    assertThat(main("stop").code()).isZero();
  }

  @Test
  void takenPortFailsTheRunWithAClearMessageAndLeavesNothingRunning() throws Exception {
    config = LauncherConfig.defaults().with(Setting.HOME, home).withFreePorts();
    try (ServerSocket squatter =
        new ServerSocket(config.port(Setting.PG_PORT), 1, InetAddress.getLoopbackAddress())) {
      Process run = startRun();
      assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).isEqualTo(1);
    }
    assertThat(Files.readString(home.resolve("run-0.err")))
        .contains("postgres: port " + config.port(Setting.PG_PORT) + " on 127.0.0.1 is taken")
        .contains("nusatrade: stopped");
    assertThat(pidFile().read()).isEmpty();
  }

  @AfterEach
  void stopEverything() {
    main("stop");
    supervisors.forEach(Process::destroyForcibly);
  }

  private Process startRun() throws Exception {
    if (config == null) {
      config = LauncherConfig.defaults().with(Setting.HOME, home).withFreePorts();
    }
    int n = supervisors.size();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "run"));
    for (Setting s :
        List.of(
            Setting.HOME,
            Setting.PG_PORT,
            Setting.ARTEMIS_PORT,
            Setting.HTTP_PORT,
            Setting.GATEWAY_PORT)) {
      command.addAll(List.of(s.flag(), s == Setting.HOME ? home.toString() : config.get(s)));
    }
    command.addAll(
        List.of(
            "--keycloak-external-url",
            "http://127.0.0.1:9",
            "--zeebe-external-address",
            "http://127.0.0.1:9"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(home.resolve("run-" + n + ".out").toFile())
            .redirectError(home.resolve("run-" + n + ".err").toFile())
            .start();
    supervisors.add(p);
    return p;
  }

  private RunRecord awaitRunning(Process supervisor) throws Exception {
    Path out = home.resolve("run-" + (supervisors.size() - 1) + ".out");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline) && supervisor.isAlive()) {
      if (Files.exists(out) && Files.readString(out).contains("Nusatrade is running")) {
        return pidFile().read().orElseThrow();
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // poll until the deadline
    }
    throw new AssertionError(
        "run did not come up: "
            + Files.readString(
                out.resolveSibling(out.getFileName().toString().replace(".out", ".err"))));
  }

  private static RecordedProcess postmaster(RunRecord record) {
    return record.processes().stream()
        .filter(p -> p.name().equals("postgres"))
        .findFirst()
        .orElseThrow();
  }

  private RunPidFile pidFile() {
    return new RunPidFile(home.resolve(".nusatrade/run.pid"));
  }

  private Result main(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      code =
          new Main(
                  new PrintStream(out, true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8),
                  Map.of("NUSATRADE_HOME", home.toString()))
              .dispatch(new String[] {command});
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, String err) {}
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code status} and {@code stop} against a real supervisor JVM. Keycloak and Zeebe
 * are configured as external (so only PostgreSQL and Artemis start, quickly) and Liberty is not
 * built in the temporary home: the run proceeds with the back-ends, as documented.
 */
class SupervisorIT {
  @TempDir Path home;
  private Supervisors supervisors;
  private LauncherConfig config;

  @BeforeEach
  void supervisorsInHome() {
    supervisors = new Supervisors(home);
  }

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
    assertThat(Files.readString(home.resolve("run-" + (supervisors.started().size() - 1) + ".err")))
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
    supervisors.stopAll();
  }

  private Process startRun() throws Exception {
    if (config == null) {
      config = LauncherConfig.defaults().with(Setting.HOME, home).withFreePorts();
    }
    List<String> args = new ArrayList<>();
    for (Setting s :
        List.of(
            Setting.HOME,
            Setting.PG_PORT,
            Setting.ARTEMIS_PORT,
            Setting.HTTP_PORT,
            Setting.GATEWAY_PORT)) {
      args.addAll(List.of(s.flag(), s == Setting.HOME ? home.toString() : config.get(s)));
    }
    args.addAll(
        List.of(
            "--keycloak-external-url",
            "http://127.0.0.1:9",
            "--zeebe-external-address",
            "http://127.0.0.1:9"));
    return supervisors.start(args);
  }

  private RunRecord awaitRunning(Process supervisor) throws Exception {
    return supervisors.awaitRunning(supervisor, Duration.ofSeconds(120));
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

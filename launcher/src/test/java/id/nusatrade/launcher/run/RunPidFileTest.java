package id.nusatrade.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.RecordedProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPidFileTest {
  @TempDir Path state;

  @Test
  void recordRoundTripsThroughTheFile() {
    RunPidFile file = new RunPidFile(state.resolve("run.pid"));
    RunRecord record =
        new RunRecord(
            42,
            "nusatrade-launcher",
            Instant.parse("2026-01-02T03:04:05Z"),
            "http://127.0.0.1:9080/health",
            List.of(new RecordedProcess("zeebe", 43, "/s/zeebe/camunda-zeebe-8.6.0")));
    file.write(record.withProcesses(List.of(new RecordedProcess("keycloak", 44, "/s/kc"))));

    RunRecord read = file.read().orElseThrow();
    assertThat(read.supervisorPid()).isEqualTo(42);
    assertThat(read.started()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(read.processes())
        .containsExactly(
            new RecordedProcess("zeebe", 43, "/s/zeebe/camunda-zeebe-8.6.0"),
            new RecordedProcess("keycloak", 44, "/s/kc"));
  }

  @Test
  void restartCountsAndGiveUpsRoundTripInComponentOrder() {
    RunPidFile file = new RunPidFile(state.resolve("run.pid"));
    Map<String, Integer> restarts = new LinkedHashMap<>();
    restarts.put("postgres", 2);
    restarts.put("artemis", 0);
    restarts.put("zeebe", 1);
    file.write(
        new RunRecord(42, "java", Instant.EPOCH, "", List.of())
            .withRestarts(restarts, List.of("zeebe")));

    RunRecord read = file.read().orElseThrow();
    assertThat(read.restarts())
        .containsExactly(Map.entry("postgres", 2), Map.entry("artemis", 0), Map.entry("zeebe", 1));
    assertThat(read.gaveUp()).containsExactly("zeebe");
    assertThat(read.restartsOf("keycloak")).isZero();
  }

  @Test
  void aRecordOfAnOlderLauncherHasNoRestarts() throws Exception {
    RunPidFile file = new RunPidFile(state.resolve("run.pid"));
    Files.writeString(
        file.path(), "supervisor.pid=42\nsupervisor.match=java\nstarted=2026-01-02T03:04:05Z\n");

    assertThat(file.read().orElseThrow().restarts()).isEmpty();
  }

  @Test
  void missingOrGarbledFileReadsAsNoRun() throws Exception {
    RunPidFile file = new RunPidFile(state.resolve("run.pid"));
    assertThat(file.read()).isEmpty();
    Files.writeString(file.path(), "supervisor.pid=not-a-number\n");
    assertThat(file.read()).isEmpty();
  }

  @Test
  void deadSupervisorIsReportedAsAKilledRun() {
    RunPidFile file = new RunPidFile(state.resolve("run.pid"));
    long ownPid = ProcessHandle.current().pid();
    file.write(
        new RunRecord(ownPid, "no-such-command-line-fragment", Instant.EPOCH, "", List.of()));
    // our own PID is alive but does not match the recorded command line: a reused PID
    assertThat(new PreviousRun(file).alive()).isEmpty();
    assertThat(new PreviousRun(file).dead()).isPresent();
  }
}

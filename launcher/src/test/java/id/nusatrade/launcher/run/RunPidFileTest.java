package id.nusatrade.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.RecordedProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

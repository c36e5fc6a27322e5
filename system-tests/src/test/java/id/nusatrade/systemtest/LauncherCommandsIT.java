package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.systemtest.platform.Launcher;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The launcher's commands beside the running platform, as a second terminal would use them. */
@SystemTest
class LauncherCommandsIT {
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

  @Test
  void a_second_run_is_refused_while_one_is_alive(RunningPlatform platform) {
    Launcher.Result second = platform.launcher().runToEnd("run", COMMAND_TIMEOUT);

    assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
    assertThat(second.output())
        .contains("already running (supervisor pid " + platform.supervisorPid())
        .contains("./nusatrade stop");
    assertThat(platform.runRecord())
        .as("the refused run leaves the live run's record alone")
        .hasValueSatisfying(r -> assertThat(r.supervisorPid()).isEqualTo(platform.supervisorPid()));
  }

  @Test
  void status_reports_the_running_platform_and_its_health(RunningPlatform platform) {
    Launcher.Result status = platform.launcher().runToEnd("status", COMMAND_TIMEOUT);

    assertThat(status.exitCode()).as(status.output()).isZero();
    assertThat(status.output())
        .contains("Nusatrade is running since")
        .containsPattern("launcher\\s+pid " + platform.supervisorPid() + "\\s+up")
        .containsPattern("postgres\\s+pid \\d+\\s+up")
        .containsPattern("keycloak\\s+pid \\d+\\s+up")
        .containsPattern("zeebe\\s+pid \\d+\\s+up")
        .containsPattern("liberty\\s+pid \\d+\\s+up")
        .contains("Health " + platform.baseUrl() + "/health: HTTP 200")
        .containsPattern("database\\s+UP");
  }
}

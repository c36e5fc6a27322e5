package id.nusatrade.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import id.nusatrade.launcher.component.RecordedProcess;
import id.nusatrade.launcher.run.RunRecord;
import id.nusatrade.systemtest.platform.Deadline;
import id.nusatrade.systemtest.platform.Health;
import id.nusatrade.systemtest.platform.Launcher;
import id.nusatrade.systemtest.platform.RunningPlatform;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Kills each child process of the shared platform with SIGKILL, by the PID its run record names,
 * and waits for the supervisor to restart it and for {@code /health} to be UP again, with no manual
 * step; {@code /health} must have said DOWN meanwhile (it tells the truth). Runs after every other
 * class (it disturbs the platform) and leaves it healthy.
 */
@SystemTest
@Order(Integer.MAX_VALUE)
class SelfHealingIT {
  /**
   * The bound: back to UP by itself within two minutes of each kill (the POM's {@code
   * nusatrade.systest.recovery.seconds}; a machine shared with other builds may need more: Liberty
   * alone took over two minutes to start at a load average of 20 on two cores).
   */
  private static final Duration RECOVERY =
      Duration.ofSeconds(Long.getLong("nusatrade.systest.recovery.seconds", 120));

  private static final List<String> CHILDREN = List.of("postgres", "zeebe", "keycloak", "liberty");

  @Test
  void each_child_killed_with_signal_9_is_restarted_and_health_is_up_again(
      RunningPlatform platform) {
    Map<String, String> recoveredAfter = new LinkedHashMap<>();
    for (String child : CHILDREN) {
      RecordedProcess victim = process(platform, child).orElseThrow();
      int restartsBefore = record(platform).restartsOf(child);
      long killedAt = System.nanoTime();

      assertThat(ProcessHandle.of(victim.pid()).map(ProcessHandle::destroyForcibly))
          .as("kill -9 %s pid %d", child, victim.pid())
          .contains(true);

      AtomicBoolean sawDown = new AtomicBoolean();
      boolean healed =
          Deadline.await(
              RECOVERY,
              Duration.ofSeconds(15),
              () -> {
                boolean up = Health.read(platform.http(), platform.baseUrl()).allUp();
                sawDown.compareAndSet(false, !up);
                return restartedWithNewPid(platform, child, victim.pid(), restartsBefore) && up;
              },
              s ->
                  System.out.printf(
                      "[self-healing] %s killed %d s ago: /health %s%n",
                      child, s, Health.read(platform.http(), platform.baseUrl())));
      assertThat(healed)
          .as(
              "%s restarted and /health UP within %s of kill -9; /health now %s, run record %s",
              child,
              RECOVERY,
              Health.read(platform.http(), platform.baseUrl()),
              platform.runRecord())
          .isTrue();
      if (!child.equals("postgres")) { // PostgreSQL is back in ~2 s: the pool may never notice
        assertThat(sawDown).as("/health said DOWN while %s was down", child).isTrue();
      }
      recoveredAfter.put(child, Deadline.seconds(System.nanoTime() - killedAt));
    }
    System.out.println("[self-healing] kill -9 to /health UP: " + recoveredAfter);

    Launcher.Result status = platform.launcher().runToEnd("status", Duration.ofMinutes(2));
    assertThat(status.exitCode()).as(status.output()).isZero();
    for (String child : CHILDREN) {
      assertThat(status.output()).containsPattern(child + "\\s+pid \\d+\\s+up\\s.*restarts 1");
    }
    assertThat(status.output())
        .containsPattern("artemis\\s+in the launcher's JVM\\s+restarts 0")
        .containsPattern("gateway\\s+in the launcher's JVM\\s+restarts 0");
  }

  private static boolean restartedWithNewPid(
      RunningPlatform platform, String child, long killedPid, int restartsBefore) {
    RunRecord record = record(platform);
    return record.restartsOf(child) == restartsBefore + 1
        && process(platform, child).map(p -> p.pid() != killedPid).orElse(false);
  }

  private static RunRecord record(RunningPlatform platform) {
    return platform.runRecord().orElseThrow(() -> new AssertionError("no run.pid"));
  }

  private static Optional<RecordedProcess> process(RunningPlatform platform, String name) {
    return record(platform).processes().stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
